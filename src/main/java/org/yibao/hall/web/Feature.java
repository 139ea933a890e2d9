package org.yibao.hall.web;

import java.util.List;

/**
 * The hall's entries: where each lives and its message key ({@code feature.<key>.name} / {@code .desc}).
 */
public record Feature(String key, String path, String icon) {

    static final List<Feature> QUERIES = List.of(
            new Feature("drugs", "/query/drugs", "drug"),
            new Feature("consumables", "/query/consumables", "kit"),
            new Feature("policies", "/query/policies", "doc"),
            new Feature("institutions", "/query/institutions", "hospital"));

    static final List<Feature> SERVICES = List.of(
            new Feature("chronicDisease", "/services/chronic-disease", "heart"),
            new Feature("remoteCare", "/services/remote-care", "plane"),
            new Feature("maternityAllowance", "/services/maternity-allowance", "baby"),
            new Feature("reimbursement", "/services/reimbursement", "receipt"),
            new Feature("transfer", "/services/transfer", "transfer"),
            new Feature("mutualAid", "/services/mutual-aid", "family"),
            new Feature("proxy", "/services/proxy", "hand"),
            new Feature("familyAccounts", "/services/family-accounts", "people"),
            new Feature("residentEnrollment", "/services/resident-enrollment", "enroll"));

    /** Entries outside the two grids: the home tiles, the voucher tab's actions. */
    static final List<Feature> OTHERS = List.of(
            new Feature("insurance", "/insurance", "shield"),
            new Feature("contributions", "/contributions", "coin"),
            new Feature("consumptions", "/consumptions", "cart"),
            new Feature("applications", "/applications", "list"),
            new Feature("qrcode", "/voucher/qrcode", "qr"),
            new Feature("activation", "/voucher/activation", "qr"),
            new Feature("evoucherPassword", "/voucher/password", "lock"));
}
