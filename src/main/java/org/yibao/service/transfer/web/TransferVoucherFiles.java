package org.yibao.service.transfer.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.CurrentStaff;
import org.yibao.service.transfer.TransferVouchers;

/** The 参保缴费凭证 PDF for the applicant's pages and for the clerks of the two regions. */
@Controller
class TransferVoucherFiles {

    private final TransferVouchers vouchers;
    private final CurrentCitizen citizen;
    private final CurrentStaff staff;

    TransferVoucherFiles(TransferVouchers vouchers, CurrentCitizen citizen, CurrentStaff staff) {
        this.vouchers = vouchers;
        this.citizen = citizen;
        this.staff = staff;
    }

    @GetMapping("/services/transfer/applications/{id:\\d+}/voucher.pdf")
    ResponseEntity<byte[]> citizens(@PathVariable long id) {
        return file(vouchers.forCitizen(citizen.accountId(), citizen.personId().orElse(null), id));
    }

    @GetMapping("/staff/transfer/{id:\\d+}/voucher.pdf")
    ResponseEntity<byte[]> clerks(@PathVariable long id) {
        staff.login();
        return file(vouchers.forStaff(staff.regionCode().orElse(null), id));
    }

    static ResponseEntity<byte[]> file(TransferVouchers.Voucher v) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(v.fileName())
                        .build().toString())
                .body(v.pdf());
    }
}
