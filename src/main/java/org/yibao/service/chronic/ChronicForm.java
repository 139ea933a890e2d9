package org.yibao.service.chronic;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form of one 门诊慢特病 application as stored (JSON): 慢性病 or 特殊病, the disease, the assessing hospital and
 * department, a contact phone, whether the person is a 特殊人员 (type and reason why they cannot attend), and the
 * furthest step the applicant reached, where a closed browser resumes.
 */
public record ChronicForm(String kind, @Nullable String diseaseCode, @Nullable String hospitalCode,
                         @Nullable String department, @Nullable String contactPhone, boolean special,
                         @Nullable SpecialType specialType, @Nullable String specialReason, int step) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public static final String CHRONIC = "CHRONIC";
    public static final String SPECIAL = "SPECIAL";

    public static ChronicForm start(String kind) {
        return new ChronicForm(SPECIAL.equals(kind) ? SPECIAL : CHRONIC, null, null, null, null, false, null, null, 2);
    }

    public static ChronicForm read(String json) {
        return JSON.readValue(json, ChronicForm.class);
    }

    public String json() {
        return JSON.writeValueAsString(this);
    }

    public ChronicForm withSpecial(boolean isSpecial, @Nullable SpecialType type, @Nullable String reason) {
        return new ChronicForm(kind, diseaseCode, hospitalCode, department, contactPhone, isSpecial,
                isSpecial ? type : null, isSpecial ? reason : null, Math.max(step, 3));
    }

    public ChronicForm withAssessment(String disease, String hospital, String dept, String phone) {
        return new ChronicForm(kind, disease, hospital, dept, phone, special, specialType, specialReason,
                Math.max(step, 4));
    }

    public ChronicForm reached(int newStep) {
        return new ChronicForm(kind, diseaseCode, hospitalCode, department, contactPhone, special, specialType,
                specialReason, Math.max(step, newStep));
    }
}
