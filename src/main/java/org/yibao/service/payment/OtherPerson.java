package org.yibao.service.payment;

import org.jspecify.annotations.Nullable;
import org.yibao.service.Subjects;

/** 帮助他人申报: the patient named by ID number and phone, who consents with their e-voucher password. */
public record OtherPerson(@Nullable String idNumber, @Nullable String phone, @Nullable String evoucherPassword) {

    /** The applicant themself when no other person is named, else the verified other person. */
    public static Subjects.Subject subject(Subjects subjects, long accountId, @Nullable OtherPerson other) {
        if (other == null) {
            return subjects.self(accountId);
        }
        return subjects.verified(accountId, other.idNumber(), other.phone(), other.evoucherPassword());
    }
}
