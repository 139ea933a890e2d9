package org.yibao.service.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.service.transfer.TransferApplying;
import org.yibao.service.transfer.TransferForm;
import org.yibao.service.transfer.TransferRefunds;
import org.yibao.service.transfer.TransferRegions;
import org.yibao.service.transfer.TransferVouchers;

/**
 * Citizen REST API for 职工医保关系转移接续: the agencies to choose from, and filing for oneself in one request
 * (progress, withdrawal and detail are the common {@code /api/v1/applications/{id}} calls).
 */
@RestController
@Tag(name = "职工医保关系转移接续 Transfer")
class TransferApi {

    private final TransferApplying applying;
    private final PoolingRegions regions;
    private final CurrentCitizen citizen;
    private final TransferVouchers vouchers;
    private final TransferRegions transferRegions;

    private final TransferRefunds refunds;

    TransferApi(TransferApplying applying, PoolingRegions regions, CurrentCitizen citizen, TransferVouchers vouchers,
                TransferRegions transferRegions, TransferRefunds refunds) {
        this.refunds = refunds;
        this.transferRegions = transferRegions;
        this.vouchers = vouchers;
        this.applying = applying;
        this.regions = regions;
        this.citizen = citizen;
    }

    record FileRequest(@Nullable String variant, @Nullable String fromRegion, @Nullable String toRegion,
                       @Nullable String bankCategory, @Nullable String bankName, @Nullable String bankAccount,
                       @Nullable String bankAccountName) {
    }

    record Filed(long applicationId, String status) {
    }

    record Agency(String regionCode, String regionName, String provinceCode, String provinceName, String agencyCode,
                  String agencyName, boolean acceptsAccountFunds) {
    }

    @PostMapping("/api/v1/applications/transfer")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "转移接续: variant CROSS_OUT (跨省转出地申请), CROSS_IN (跨省转入地申请) or INTRA (省内); "
            + "fromRegion and toRegion are region codes; where the receiving region does not accept account funds, "
            + "the person's own bank account for the 清退; the conditions are checked before anything is written")
    Filed file(@RequestBody FileRequest body) {
        TransferApplying.Filed filed = applying.file(citizen.accountId(),
                new TransferForm(body.variant(), body.fromRegion(), body.toRegion(), body.bankCategory(),
                        body.bankName(), body.bankAccount(), body.bankAccountName()), AuditTrail.Channel.API);
        return new Filed(filed.applicationId(), filed.status().name());
    }

    @GetMapping("/api/v1/applications/transfer/{id:\\d+}/voucher.pdf")
    @Operation(summary = "参保缴费凭证 (PDF) once the old region issued it")
    org.springframework.http.ResponseEntity<byte[]> voucher(@PathVariable long id) {
        return TransferVoucherFiles.file(vouchers.forCitizen(citizen.accountId(), citizen.personId().orElse(null), id));
    }

    record BankRequest(@Nullable String bankCategory, @Nullable String bankName, @Nullable String bankAccount,
                       @Nullable String bankAccountName) {
    }

    @PostMapping("/api/v1/applications/transfer/{id:\\d+}/bank-account")
    @Operation(summary = "更正清退银行账户: after the bank refused the 清退, the applicant's own corrected bank account; "
            + "the refund goes back to 待拨付 for the old region to send again")
    org.yibao.service.TransferFunds.Refund correctBank(@PathVariable long id, @RequestBody BankRequest body) {
        refunds.correct(citizen.accountId(), citizen.personId().orElse(null), id, new TransferForm(null, null, null,
                body.bankCategory(), body.bankName(), body.bankAccount(), body.bankAccountName()));
        return refunds.forCitizen(citizen.accountId(), citizen.personId().orElse(null), id).orElseThrow().refund();
    }

    @GetMapping("/api/v1/transfer/agencies")
    @Operation(summary = "经办机构 per pooling region, to choose the 转出地 and 转入地")
    List<Agency> agencies() {
        java.util.Set<String> refusing = transferRegions.refusingAccountFunds();
        return regions.all().stream().map(r -> new Agency(r.code(), r.name(), r.provinceCode(), r.provinceName(),
                r.agencyCode(), r.agencyName(), !refusing.contains(r.code()))).toList();
    }
}
