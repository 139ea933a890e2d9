package org.yibao.service.reimbursement;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.service.ClaimCalculator;
import org.yibao.service.payment.BankAccount;

/**
 * The 零星报销 form as stored (JSON), following seed 000 §三 申报信息: med_type (11 门诊, 21 住院, 51 生育门诊, 52
 * 生育住院), 入院/出院日期 or 就诊日期, the institution from the catalog or typed, the invoice numbers, 费用总额 in
 * yuan, 自费就医情况说明, the 生育 fields, the bank account, the contact and the helping agent; and the clerk's
 * assessment (fee items and the computed split) once entered.
 */
public record ReimbursementForm(@Nullable String medType, @Nullable String admissionDate,
                                @Nullable String dischargeDate, @Nullable String visitDate,
                                @Nullable String institutionCode, @Nullable String institutionName,
                                @Nullable List<String> invoiceNumbers, @Nullable String totalAmount,
                                @Nullable String selfPayReason, @Nullable Maternity maternity,
                                @Nullable BankAccount bank, @Nullable String contactName,
                                @Nullable String contactPhone, @Nullable String agentRelation,
                                @Nullable String agentAddress, @Nullable Assessment assessment) {

    /** 生育医疗费用: 生育待遇申报人类别, 是否计划生育, 计划生育手术或生育日期, 胎次, 胎儿数. */
    public record Maternity(@Nullable String claimantCategory, boolean familyPlanning, @Nullable String eventDate,
                            @Nullable Integer parity, @Nullable Integer babies) {
    }

    /**
     * The clerk's fee items and what the policy engine made of them; once approved, the settlement it was
     * recorded as ({@code setlId}) and the split as then computed.
     */
    public record Assessment(List<ClaimCalculator.Item> items, ClaimCalculator.Split split, String clerk,
                             @Nullable String setlId) {
    }

    public boolean maternityCare() {
        return "51".equals(medType) || "52".equals(medType);
    }

    public boolean inpatient() {
        return "21".equals(medType) || "52".equals(medType);
    }

    public ReimbursementForm withAssessment(@Nullable Assessment a) {
        return new ReimbursementForm(medType, admissionDate, dischargeDate, visitDate, institutionCode,
                institutionName, invoiceNumbers, totalAmount, selfPayReason, maternity, bank, contactName,
                contactPhone, agentRelation, agentAddress, a);
    }
}
