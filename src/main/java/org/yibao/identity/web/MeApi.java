package org.yibao.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.identity.CitizenAccount;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.CitizenPrincipal;
import org.yibao.identity.internal.AccessTokens;
import org.yibao.identity.internal.BearerTokenFilter;
import org.yibao.identity.internal.Credentials;
import org.yibao.identity.internal.RealNameVerification;
import org.yibao.identity.internal.Sessions;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/** Citizen REST API, the logged-in account (API.md §3): who am I, real-name verification, password, logout. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "我的 Me")
class MeApi {

    private final CitizenAccounts accounts;
    private final InsuredPersons persons;
    private final RealNameVerification realName;
    private final Credentials credentials;
    private final Sessions sessions;
    private final AccessTokens tokens;

    MeApi(CitizenAccounts accounts, InsuredPersons persons, RealNameVerification realName, Credentials credentials,
          Sessions sessions, AccessTokens tokens) {
        this.accounts = accounts;
        this.persons = persons;
        this.realName = realName;
        this.credentials = credentials;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** The insured person as the account may see it: masked identifiers. */
    record PersonView(String name, String idNumber, String gender, LocalDate birthDate) {
        static PersonView of(InsuredPerson p) {
            return new PersonView(p.maskedName(), p.idNumber().masked(), p.gender().code(), p.birthDate());
        }
    }

    record MeView(long accountId, String phone, boolean realNameVerified, @Nullable String realNameMethod,
                  boolean largeFont, @Nullable PersonView person) {
    }

    @GetMapping
    @Operation(summary = "账号与关联参保人 (masked)")
    MeView me(@AuthenticationPrincipal CitizenPrincipal me) {
        CitizenAccount a = accounts.find(me.accountId()).orElseThrow();
        PersonView person = a.personId() == null ? null : persons.find(a.personId()).map(PersonView::of).orElse(null);
        return new MeView(a.id(), a.maskedPhone(), a.realNameVerified(),
                a.realNameMethod() == null ? null : a.realNameMethod().name(), a.largeFont(), person);
    }

    @PostMapping("/real-name")
    @Operation(summary = "实名认证: method EVOUCHER (evoucherPassword) or SOCIAL_CARD (cardNumber, cardPassword)")
    MeView realName(@AuthenticationPrincipal CitizenPrincipal me, @RequestBody RealNameVerification.Request body) {
        realName.verify(me.accountId(), body, Channel.API);
        return me(me);
    }

    record PasswordChangeRequest(@Nullable String oldPassword, @Nullable String newPassword,
                                 @Nullable String confirmPassword) {
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改密码; other sessions and tokens of the account end, this token stays valid")
    void changePassword(@AuthenticationPrincipal CitizenPrincipal me, @RequestBody PasswordChangeRequest body,
                        HttpServletRequest request) {
        String confirm = body.confirmPassword() == null ? body.newPassword() : body.confirmPassword();
        credentials.changePassword(me.accountId(), new Credentials.PasswordChange(body.oldPassword(), body.newPassword(),
                confirm), Channel.API, null, (String) request.getAttribute(BearerTokenFilter.TOKEN_ATTRIBUTE));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "退出登录: this token ends")
    void logout(HttpServletRequest request) {
        Object token = request.getAttribute(BearerTokenFilter.TOKEN_ATTRIBUTE);
        if (token instanceof String t) {
            tokens.revoke(t);
        }
    }

    @PostMapping("/logout-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "退出所有设备: every session and token of the account ends")
    void logoutEverywhere(@AuthenticationPrincipal CitizenPrincipal me) {
        sessions.endAll(me.accountId(), null, null);
    }

}
