package org.yibao.service.transfer.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yibao.common.web.CurrentStaff;
import org.yibao.service.transfer.TransferOverview;

/** 转移接续办理情况: the transfers out of and into the clerk's region, those waiting on it first. */
@Controller
class TransferOfficePages {

    private final TransferOverview overview;
    private final CurrentStaff staff;

    TransferOfficePages(TransferOverview overview, CurrentStaff staff) {
        this.overview = overview;
        this.staff = staff;
    }

    @GetMapping("/staff/transfer")
    String list(Model model) {
        staff.login();
        model.addAttribute("rows", overview.forStaff(staff.regionCode().orElse(null)));
        return "service/transfer/office";
    }
}
