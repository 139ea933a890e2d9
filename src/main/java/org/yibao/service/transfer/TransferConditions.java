package org.yibao.service.transfer;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPersons;
import org.yibao.insured.PersonType;
import org.yibao.service.TransferFunds;

/**
 * 办理条件 (seed 000 §三(二)), checked before anything is written: the regions exist and lie as the chosen
 * application says (same province for 省内, different for 跨省); the person is 职工 insured and 在职 (not 退休);
 * the old relationship is 暂停 and the new one 正常. Each refusal names the condition and what to do.
 */
@Component
public class TransferConditions {

    /** 职工基本医疗保险 (national insutype). */
    static final String EMPLOYEE = "310";

    private final PoolingRegions regions;
    private final InsuredPersons persons;
    private final TransferRegions transferRegions;

    TransferConditions(PoolingRegions regions, InsuredPersons persons, TransferRegions transferRegions) {
        this.transferRegions = transferRegions;
        this.regions = regions;
        this.persons = persons;
    }

    /** The checked choice: the application and the two relationships. */
    public record Checked(TransferVariant variant, PoolingRegion from, PoolingRegion to, InsurancePeriod oldPeriod,
                          TransferFunds.@Nullable BankAccount refundTo) {
    }

    /** The conditions, then the bank account when the receiving region refunds instead of receiving the balance. */
    public Checked check(long personId, String personName, TransferForm form) {
        TransferVariant variant = TransferVariant.parse(form.variant())
                .orElseThrow(() -> BusinessException.invalid("variant", "TRANSFER_VARIANT_REQUIRED"));
        PoolingRegion from = region("fromRegion", form.fromRegion());
        PoolingRegion to = region("toRegion", form.toRegion());
        if (from.code().equals(to.code())) {
            throw BusinessException.invalid("toRegion", "TRANSFER_SAME_REGION");
        }
        boolean sameProvince = from.provinceCode().equals(to.provinceCode());
        if (variant.crossProvince() && sameProvince) {
            throw BusinessException.invalid("toRegion", "TRANSFER_CROSS_SAME_PROVINCE");
        }
        if (!variant.crossProvince() && !sameProvince) {
            throw BusinessException.invalid("toRegion", "TRANSFER_INTRA_OTHER_PROVINCE");
        }
        InsurancePeriod old = employee(personId, from.code()).orElseThrow(() -> new BusinessException(
                Problem.CONFLICT, "TRANSFER_NOT_EMPLOYEE", from.name()));
        if (retired(old) || persons.periods(personId).stream().anyMatch(p -> p.regionCode().equals(to.code())
                && retired(p))) {
            throw new BusinessException(Problem.CONFLICT, "TRANSFER_RETIRED", from.name());
        }
        if (old.status() != InsuranceStatus.SUSPENDED) {
            throw new BusinessException(Problem.CONFLICT, "TRANSFER_OLD_NOT_SUSPENDED", from.name());
        }
        boolean newNormal = persons.periods(personId).stream().anyMatch(p -> p.regionCode().equals(to.code())
                && p.status() == InsuranceStatus.NORMAL);
        if (!newNormal) {
            throw new BusinessException(Problem.CONFLICT, "TRANSFER_NEW_NOT_NORMAL", to.name());
        }
        TransferFunds.BankAccount bank = transferRegions.acceptsAccountFunds(to.code()) ? null
                : BankAccounts.check(form, personName);
        return new Checked(variant, from, to, old, bank);
    }

    /** 退休人员: the seed's 适用人群 is 在职人员; a retiree's benefits stay with the region they retired in. */
    private static boolean retired(InsurancePeriod period) {
        return PersonType.RETIRED.code().equals(period.psnType());
    }

    private Optional<InsurancePeriod> employee(long personId, String region) {
        return persons.periods(personId).stream()
                .filter(p -> p.regionCode().equals(region) && EMPLOYEE.equals(p.insutype())).findFirst();
    }

    private PoolingRegion region(String field, @Nullable String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            throw BusinessException.invalid(field, "TRANSFER_REGION_REQUIRED");
        }
        return regions.find(code.strip()).orElseThrow(() -> BusinessException.invalid(field, "TRANSFER_REGION_UNKNOWN"));
    }
}
