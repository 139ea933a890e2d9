package org.yibao.family;

import java.util.List;
import java.util.Optional;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;

/**
 * Who may share an employee's personal account (seeds 001 §三.2, 002): the authorizer is 职工医保 insured in normal
 * status; the beneficiary is a spouse, parent or child insured (职工 or 居民) in normal status in the same province
 * (first two digits of the region codes). Each answer is the refusal code, or empty when the rule is met.
 */
final class MutualAidRules {

    static final String NOT_EMPLOYEE = "MUTUAL_AID_AUTHORIZER_NOT_EMPLOYEE";
    static final String NOT_INSURED = "MUTUAL_AID_NOT_INSURED";
    static final String NOT_CLOSE_RELATIVE = "MUTUAL_AID_NOT_CLOSE_RELATIVE";
    static final String OTHER_PROVINCE = "MUTUAL_AID_OTHER_PROVINCE";
    static final String STATUS_ABNORMAL = "MUTUAL_AID_STATUS_ABNORMAL";

    private MutualAidRules() {
    }

    static Optional<String> authorizer(List<InsurancePeriod> periods) {
        List<InsurancePeriod> employee = periods.stream().filter(InsurancePeriod::isEmployee).toList();
        if (employee.isEmpty()) {
            return Optional.of(NOT_EMPLOYEE);
        }
        return employee.stream().anyMatch(MutualAidRules::normal) ? Optional.empty() : Optional.of(STATUS_ABNORMAL);
    }

    /** The pooling region of the authorizer's normal employee insurance. */
    static Optional<String> authorizerRegion(List<InsurancePeriod> periods) {
        return periods.stream().filter(p -> p.isEmployee() && normal(p)).map(InsurancePeriod::regionCode).findFirst();
    }

    static Optional<String> beneficiary(String authorizerRegion, Relationship relationship, List<InsurancePeriod> periods) {
        List<InsurancePeriod> insured = periods.stream()
                .filter(p -> "310".equals(p.insutype()) || "390".equals(p.insutype())).toList();
        if (insured.isEmpty()) {
            return Optional.of(NOT_INSURED);
        }
        if (!relationship.isCloseRelative()) {
            return Optional.of(NOT_CLOSE_RELATIVE);
        }
        List<InsurancePeriod> normal = insured.stream().filter(MutualAidRules::normal).toList();
        if (normal.isEmpty()) {
            return Optional.of(STATUS_ABNORMAL);
        }
        return normal.stream().anyMatch(p -> sameProvince(authorizerRegion, p.regionCode()))
                ? Optional.empty() : Optional.of(OTHER_PROVINCE);
    }

    static boolean sameProvince(String a, String b) {
        return a.length() >= 2 && b.length() >= 2 && a.substring(0, 2).equals(b.substring(0, 2));
    }

    private static boolean normal(InsurancePeriod p) {
        return p.status() == InsuranceStatus.NORMAL;
    }
}
