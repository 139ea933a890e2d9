package org.yibao.hall.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.CitizenPrincipal;
import org.yibao.insured.InsuredPersons;

/** 首页 of the service hall (seed 000 screenshots): greeting, tiles, notices, query and service grids. */
@Controller
class HomePage {

    private final CitizenAccounts accounts;
    private final InsuredPersons persons;

    HomePage(CitizenAccounts accounts, InsuredPersons persons) {
        this.accounts = accounts;
        this.persons = persons;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Object principal, Model model) {
        if (principal instanceof CitizenPrincipal me) {
            accounts.find(me.accountId()).ifPresent(account -> {
                model.addAttribute("account", account);
                if (account.personId() != null) {
                    persons.find(account.personId()).ifPresent(p -> model.addAttribute("person", p));
                }
            });
        }
        model.addAttribute("queries", Feature.QUERIES);
        model.addAttribute("services", Feature.SERVICES);
        return "hall/home";
    }

    @GetMapping("/fraud-warning")
    String fraudWarning() {
        return "hall/fraud-warning";
    }

    @GetMapping("/help/evoucher-activation")
    String evoucherActivationHelp() {
        return "hall/help-evoucher";
    }
}
