package org.yibao.hall.web;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.yibao.common.BusinessTime;
import org.yibao.common.web.Messages;
import org.yibao.family.FamilyMessages;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.CitizenPrincipal;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ServiceMessages;

/**
 * 首页 of the service hall (seed 000 screenshots): greeting, tiles, 我办理的业务 with the count in progress, the
 * unread 站内消息 about applications, notices, query and service grids.
 */
@Controller
class HomePage {

    static final int MESSAGES = 5;

    private final CitizenAccounts accounts;
    private final InsuredPersons persons;
    private final ApplicationQueries applications;
    private final ServiceMessages serviceMessages;
    private final FamilyMessages familyMessages;
    private final Messages messages;

    HomePage(CitizenAccounts accounts, InsuredPersons persons, ApplicationQueries applications,
             ServiceMessages serviceMessages, FamilyMessages familyMessages, Messages messages) {
        this.familyMessages = familyMessages;
        this.accounts = accounts;
        this.persons = persons;
        this.applications = applications;
        this.serviceMessages = serviceMessages;
        this.messages = messages;
    }

    /** One unread 站内消息 as the home page shows it. */
    record HomeMessage(long id, long applicationId, String text, OffsetDateTime at) {
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Object principal, Model model) {
        if (principal instanceof CitizenPrincipal me) {
            accounts.find(me.accountId()).ifPresent(account -> {
                model.addAttribute("account", account);
                if (account.personId() != null) {
                    persons.find(account.personId()).ifPresent(p -> model.addAttribute("person", p));
                }
                model.addAttribute("inProgress", applications.countInProgress(account.id(), account.personId()));
                model.addAttribute("serviceMessages", unread(account.id()));
                model.addAttribute("familyMessages", unreadFamily(account.id()));
            });
        }
        model.addAttribute("zone", BusinessTime.ZONE);
        model.addAttribute("queries", Feature.QUERIES);
        model.addAttribute("services", Feature.SERVICES);
        return "hall/home";
    }

    /** 全部已读. */
    @PostMapping("/messages/read-all")
    String readAll(@AuthenticationPrincipal CitizenPrincipal me) {
        serviceMessages.readAll(me.accountId());
        familyMessages.readAll(me.accountId());
        return "redirect:/";
    }

    private List<HomeMessage> unread(long accountId) {
        return serviceMessages.latest(accountId, MESSAGES).stream().filter(m -> !m.read())
                .map(m -> new HomeMessage(m.id(), m.applicationId(), messages.text("service.message." + m.status().name(),
                        messages.text("service.type." + m.type().name()),
                        m.summary().isBlank() ? messages.text("office.message.number", m.applicationId()) : m.summary()),
                        m.createdAt()))
                .toList();
    }

    /** The unread 站内消息 about family bindings (approved, rejected with the reason, another binder). */
    private List<HomeMessage> unreadFamily(long accountId) {
        return familyMessages.latest(accountId, MESSAGES).stream().filter(m -> !m.read())
                .map(m -> new HomeMessage(m.id(), 0, FamilyMessages.text(messages, m), m.createdAt()))
                .toList();
    }

    @GetMapping("/fraud-warning")
    String fraudWarning() {
        return "hall/fraud-warning";
    }

    @GetMapping("/help/evoucher-activation")
    String evoucherActivationHelp() {
        return "hall/help-evoucher";
    }

    /** 使用帮助 of the login page (seed 000): registering, real-name verification, a forgotten password. */
    @GetMapping("/help/using")
    String usingHelp() {
        return "hall/help-using";
    }
}
