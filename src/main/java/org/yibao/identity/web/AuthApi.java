package org.yibao.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.AuditTrail.Channel;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.PhoneNumber;
import org.yibao.identity.SmsPurpose;
import org.yibao.identity.internal.AccessTokens;
import org.yibao.identity.internal.Credentials;
import org.yibao.identity.internal.Logins;
import org.yibao.identity.internal.SmsCodes;

/** Citizen REST API, accounts (API.md §3): SMS codes, registration, login, forgotten password. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "账号 Account")
class AuthApi {

    private final SmsCodes smsCodes;
    private final Credentials credentials;
    private final Logins logins;

    AuthApi(SmsCodes smsCodes, Credentials credentials, Logins logins) {
        this.smsCodes = smsCodes;
        this.credentials = credentials;
        this.logins = logins;
    }

    record SmsCodeRequest(@Nullable String phone, @Nullable String purpose) {
    }

    @PostMapping("/sms-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "发送短信验证码 (purpose REGISTER or RESET_PASSWORD); one per phone per 60 s, a daily cap, "
            + "and caps per client address and overall (429 with Retry-After)")
    SmsCodes.Sent sendCode(@RequestBody SmsCodeRequest body, HttpServletRequest request) {
        InputErrors errors = new InputErrors();
        PhoneNumber phone = errors.phone("phone", body.phone());
        SmsPurpose purpose = null;
        try {
            purpose = SmsPurpose.valueOf(String.valueOf(body.purpose()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.reject("purpose", "SMS_PURPOSE_INVALID");
        }
        errors.throwIfAny();
        return smsCodes.send(phone, purpose, request.getRemoteAddr());
    }

    record RegisterRequest(@Nullable String phone, @Nullable String smsCode, @Nullable String password,
                           @Nullable String confirmPassword, @Nullable Boolean agreementAccepted) {
    }

    record Registered(long accountId) {
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "注册: phone, SMS code, password (8-64 characters, letters and digits, not a common one), agreement accepted")
    Registered register(@RequestBody RegisterRequest body) {
        String confirm = body.confirmPassword() == null ? body.password() : body.confirmPassword();
        return new Registered(credentials.register(new Credentials.Registration(body.phone(), body.smsCode(),
                body.password(), confirm, Boolean.TRUE.equals(body.agreementAccepted())), Channel.API));
    }

    record LoginRequest(@Nullable String username, @Nullable String password) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    @PostMapping("/login")
    @Operation(summary = "登录 with phone or ID number and password; five failures lock the account for 15 minutes; "
            + "429 with Retry-After when too many logins come from the address or overall")
    TokenResponse login(@RequestBody LoginRequest body, HttpServletRequest request) {
        AccessTokens.Issued issued = logins.issueToken(body.username(), body.password(), request.getRemoteAddr());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
    }

    record ResetRequest(@Nullable String phone, @Nullable String smsCode, @Nullable String newPassword,
                        @Nullable String confirmPassword, @Nullable Boolean agreementAccepted) {
    }

    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "重置密码 with an SMS code; ends every session and token of the account")
    void reset(@RequestBody ResetRequest body) {
        if (Boolean.FALSE.equals(body.agreementAccepted())) {
            throw BusinessException.invalid("agreementAccepted", "AGREEMENT_REQUIRED");
        }
        String confirm = body.confirmPassword() == null ? body.newPassword() : body.confirmPassword();
        // API.md's request has no agreement field: the app shows the agreement on its own screen
        credentials.resetPassword(new Credentials.PasswordReset(body.phone(), body.smsCode(), body.newPassword(),
                confirm, true), Channel.API);
    }
}
