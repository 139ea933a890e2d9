package org.yibao.voucher.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.identity.CitizenAccount;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.CitizenPrincipal;
import org.yibao.insured.InsuredPersons;
import org.yibao.voucher.EVouchers;

/** The 医保电子凭证 tab: the e-voucher's state for the verified person, and the way to its code. */
@Controller
class VoucherPage {

    private final CitizenAccounts accounts;
    private final InsuredPersons persons;
    private final EVouchers evouchers;

    VoucherPage(CitizenAccounts accounts, InsuredPersons persons, EVouchers evouchers) {
        this.accounts = accounts;
        this.persons = persons;
        this.evouchers = evouchers;
    }

    @GetMapping("/voucher")
    String voucher(@AuthenticationPrincipal CitizenPrincipal me, Model model) {
        CitizenAccount account = accounts.find(me.accountId()).orElseThrow();
        if (account.personId() != null) {
            model.addAttribute("person", persons.find(account.personId()).orElseThrow());
            model.addAttribute("evoucher", evouchers.status(account.personId()));
        }
        return "voucher/voucher";
    }

    /** The refusal of every e-voucher action before real-name verification. */
    static BusinessException realNameRequired() {
        return new BusinessException(Problem.CONFLICT, "REAL_NAME_REQUIRED");
    }
}
