package org.yibao.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.Messages;
import org.yibao.identity.CitizenAccount;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.CitizenPrincipal;
import org.yibao.identity.internal.Credentials;
import org.yibao.identity.internal.RealNameVerification;
import org.yibao.identity.internal.Sessions;
import org.yibao.insured.InsuredPersons;

/** 我的: the account, real-name verification, password change, logging out here or everywhere. */
@Controller
class MyAccountPages {

    private final CitizenAccounts accounts;
    private final InsuredPersons persons;
    private final RealNameVerification realName;
    private final Credentials credentials;
    private final Sessions sessions;
    private final Messages messages;

    MyAccountPages(CitizenAccounts accounts, InsuredPersons persons, RealNameVerification realName,
                   Credentials credentials, Sessions sessions, Messages messages) {
        this.accounts = accounts;
        this.persons = persons;
        this.realName = realName;
        this.credentials = credentials;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal CitizenPrincipal me, Model model) {
        CitizenAccount account = accounts.find(me.accountId()).orElseThrow();
        model.addAttribute("account", account);
        if (account.personId() != null) {
            model.addAttribute("person", persons.find(account.personId()).orElseThrow());
        }
        return "identity/me";
    }

    @GetMapping("/real-name")
    String realNamePage(@AuthenticationPrincipal CitizenPrincipal me, @RequestParam(defaultValue = "EVOUCHER") String method,
                        Model model) {
        if (accounts.find(me.accountId()).orElseThrow().realNameVerified()) {
            return "redirect:/me";
        }
        model.addAttribute("form", new RealNameVerification.Request(
                "SOCIAL_CARD".equals(method) ? "SOCIAL_CARD" : "EVOUCHER", "", "", "", "", ""));
        return "identity/real-name";
    }

    @PostMapping("/real-name")
    String verify(@AuthenticationPrincipal CitizenPrincipal me, @ModelAttribute("form") RealNameVerification.Request form,
                  Model model, RedirectAttributes flash) {
        try {
            realName.verify(me.accountId(), form, Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("realName.notice.done"));
            return "redirect:/";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("form", new RealNameVerification.Request(
                    "SOCIAL_CARD".equals(form.method()) ? "SOCIAL_CARD" : "EVOUCHER",
                    form.name(), form.idNumber(), "", form.cardNumber(), ""));
            return "identity/real-name";
        }
    }

    @GetMapping("/me/password")
    String passwordPage() {
        return "identity/change-password";
    }

    @PostMapping("/me/password")
    String changePassword(@AuthenticationPrincipal CitizenPrincipal me, @ModelAttribute Credentials.PasswordChange form,
                          HttpServletRequest request, Model model, RedirectAttributes flash) {
        try {
            credentials.changePassword(me.accountId(), form, Channel.WEB, request.getSession().getId(), null);
            flash.addFlashAttribute("notice", messages.text("password.notice.changed"));
            return "redirect:/me";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return "identity/change-password";
        }
    }

    /** 退出所有设备: ends every session and API token of the account, this one included. */
    @PostMapping("/me/logout-all")
    String logoutEverywhere(@AuthenticationPrincipal CitizenPrincipal me,
                            @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed,
                            Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!Confirmation.given(confirmed)) {
            CitizenAccount account = accounts.find(me.accountId()).orElseThrow();
            return new Confirmation(messages.text("me.logoutEverywhere.confirm.title"),
                    messages.text("me.logoutEverywhere.confirm.text", account.maskedPhone()), "/me/logout-all",
                    messages.text("me.logoutEverywhere.confirm.button"), "/me").show(model);
        }
        sessions.endAll(me.accountId(), null, null);
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/login?logout-all";
    }
}
