package org.yibao.service.payment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.yibao.common.InputErrors;
import org.yibao.common.PhoneNumber;

/** Checks shared by the reimbursement and allowance forms: days in the past, the contact, the helping agent. */
public final class ClaimInputs {

    /** How far back a claim may reach. */
    public static final int YEARS_BACK = 2;

    private ClaimInputs() {
    }

    /** A required day (yyyy-MM-dd), not in the future and not more than {@value #YEARS_BACK} years back. */
    public static @Nullable LocalDate pastDay(InputErrors errors, String field, @Nullable String text, LocalDate today) {
        LocalDate day = parse(text);
        if (text == null || text.isBlank()) {
            errors.reject(field, "REQUIRED");
        } else if (day == null) {
            errors.reject(field, "CLAIM_DATE_FORMAT");
        } else if (day.isAfter(today)) {
            errors.reject(field, "CLAIM_DATE_FUTURE");
        } else if (day.isBefore(today.minusYears(YEARS_BACK))) {
            errors.reject(field, "CLAIM_DATE_TOO_OLD", YEARS_BACK);
        } else {
            return day;
        }
        return null;
    }

    /** 联系人 and their phone. */
    public static void contact(InputErrors errors, @Nullable String name, @Nullable String phone) {
        errors.text("contactName", name, 30);
        if (phone == null || PhoneNumber.parse(phone).isEmpty()) {
            errors.reject("contactPhone", "CLAIM_PHONE_FORMAT");
        }
    }

    /** 帮助他人申报: the agent's relation to the person and address are required. */
    public static void agent(InputErrors errors, @Nullable String relation, @Nullable String address) {
        errors.text("agentRelation", relation, 20);
        errors.text("agentAddress", address, 100);
    }

    public static @Nullable LocalDate parse(@Nullable String text) {
        try {
            return text == null || text.length() != 10 ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
