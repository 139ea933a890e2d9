package org.yibao.insured;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Masking;

/** A 城乡居民参保登记 application as its applicant and the reviewing clerk see it. */
public record ResidentEnrollment(long id, long applicantAccount, String regionCode, String idNumber, String name,
                                 String phone, ResidentCategory category, EnrollmentStatus status,
                                 @Nullable String rejectReason, OffsetDateTime createdAt,
                                 @Nullable OffsetDateTime submittedAt, @Nullable OffsetDateTime decidedAt,
                                 @Nullable String decidedBy, @Nullable Long personId) {

    public String maskedName() {
        return Masking.name(name);
    }

    public String maskedIdNumber() {
        return Masking.idNumber(idNumber);
    }

    public String maskedPhone() {
        return Masking.phone(phone);
    }

    @Override
    public String toString() {
        return "ResidentEnrollment[" + id + ", " + status + "]";
    }
}
