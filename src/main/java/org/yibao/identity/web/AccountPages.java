package org.yibao.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.PhoneNumber;
import org.yibao.common.web.Messages;
import org.yibao.identity.CitizenAccount;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.SmsPurpose;
import org.yibao.identity.internal.Credentials;
import org.yibao.identity.internal.Logins;
import org.yibao.identity.internal.SmsCodes;
import org.yibao.identity.internal.WebLogin;

/** The citizen's way in (seed 000 第一章): log in, register, forgotten password, the registration agreement. */
@Controller
class AccountPages {

    private final Logins logins;
    private final Credentials credentials;
    private final SmsCodes smsCodes;
    private final CitizenAccounts accounts;
    private final WebLogin webLogin;
    private final Messages messages;

    AccountPages(Logins logins, Credentials credentials, SmsCodes smsCodes, CitizenAccounts accounts, WebLogin webLogin,
                 Messages messages) {
        this.logins = logins;
        this.credentials = credentials;
        this.smsCodes = smsCodes;
        this.accounts = accounts;
        this.webLogin = webLogin;
        this.messages = messages;
    }

    @GetMapping("/login")
    String loginPage(Model model) {
        model.addAttribute("username", model.getAttribute("username") instanceof String u ? u : "");
        return "identity/login";
    }

    @PostMapping("/login")
    String login(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            long accountId = logins.authenticate(username, password, Channel.WEB, request.getRemoteAddr());
            webLogin.citizen(accountId, request, response);
            CitizenAccount account = accounts.find(accountId).orElseThrow();
            LargeFontPreference.restore(account, response);
            return "redirect:" + (account.realNameVerified() ? webLogin.savedTarget(request, response, "/") : "/real-name");
        } catch (BusinessException e) {
            Throttling.answer(e, response);
            model.addAttribute("username", username);
            model.addAttribute("errors", messages.byField(e));
            return "identity/login";
        }
    }

    @GetMapping("/agreement")
    String agreement() {
        return "identity/agreement";
    }

    @GetMapping("/register")
    String registerPage(Model model) {
        model.addAttribute("form", new Credentials.Registration("", "", "", "", false));
        return "identity/register";
    }

    @PostMapping(value = "/register", params = "action=send-code")
    String registerSendCode(@ModelAttribute("form") Credentials.Registration form, HttpServletRequest request,
                            Model model) {
        sendCode(form.phone(), SmsPurpose.REGISTER, request, model);
        return "identity/register";
    }

    /** htmx: only the SMS status line is replaced; the page keeps what was typed. */
    @PostMapping("/register/sms-code")
    String registerSmsCode(@RequestParam(defaultValue = "") String phone, HttpServletRequest request, Model model) {
        sendCode(phone, SmsPurpose.REGISTER, request, model);
        return "identity/fragments :: sms-status";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") Credentials.Registration form, Model model, RedirectAttributes flash) {
        try {
            credentials.register(form, Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("login.notice.registered"));
            flash.addFlashAttribute("username", form.phone().strip());
            return "redirect:/login";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return "identity/register";
        }
    }

    @GetMapping("/password/forgot")
    String forgotPage(Model model) {
        model.addAttribute("form", new Credentials.PasswordReset("", "", "", "", false));
        return "identity/forgot-password";
    }

    @PostMapping(value = "/password/forgot", params = "action=send-code")
    String forgotSendCode(@ModelAttribute("form") Credentials.PasswordReset form, HttpServletRequest request,
                          Model model) {
        sendCode(form.phone(), SmsPurpose.RESET_PASSWORD, request, model);
        return "identity/forgot-password";
    }

    @PostMapping("/password/forgot/sms-code")
    String forgotSmsCode(@RequestParam(defaultValue = "") String phone, HttpServletRequest request, Model model) {
        sendCode(phone, SmsPurpose.RESET_PASSWORD, request, model);
        return "identity/fragments :: sms-status";
    }

    @PostMapping("/password/forgot")
    String resetPassword(@ModelAttribute("form") Credentials.PasswordReset form, Model model, RedirectAttributes flash) {
        try {
            credentials.resetPassword(form, Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("login.notice.passwordReset"));
            return "redirect:/login";
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return "identity/forgot-password";
        }
    }

    private void sendCode(String phoneText, SmsPurpose purpose, HttpServletRequest request, Model model) {
        try {
            InputErrors errors = new InputErrors();
            PhoneNumber phone = errors.phone("phone", phoneText);
            errors.throwIfAny();
            SmsCodes.Sent sent = smsCodes.send(phone, purpose, request.getRemoteAddr());
            model.addAttribute("smsSent", messages.text("sms.sent", phone.masked(), sent.expiresInSeconds() / 60));
            model.addAttribute("resendAfter", sent.resendAfterSeconds());
        } catch (BusinessException e) {
            model.addAttribute("smsError", messages.byField(e).values().iterator().next());
        }
    }
}
