package org.yibao.service.payment;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yibao.common.InputErrors;

/**
 * 报销收款银行信息 (seed 000 §三): 银行大类, 开户行名称, 银行账号, 银行户名 and 拨付对象 (单位: the employer receives
 * it first and pays the person; 个人: the person's own account, held in their name).
 */
public record BankAccount(@Nullable String category, @Nullable String bankName, @Nullable String accountNumber,
                          @Nullable String accountName, @Nullable String payee) {

    /** 银行大类 as offered in the form. */
    public static final List<String> CATEGORIES = List.of("ICBC", "ABC", "BOC", "CCB", "BOCOM", "PSBC", "RCC", "OTHER");
    public static final List<String> PAYEES = List.of("EMPLOYER", "PERSON");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12,30}");

    /** Checks every field; a personal account must be held in the insured person's name. */
    public void check(InputErrors errors, String personName) {
        if (category == null || !CATEGORIES.contains(category)) {
            errors.reject("bankCategory", "CLAIM_BANK_CATEGORY");
        }
        errors.text("bankName", bankName, 60);
        if (accountNumber == null || !ACCOUNT.matcher(accountNumber.strip()).matches()) {
            errors.reject("accountNumber", "CLAIM_BANK_ACCOUNT_FORMAT");
        }
        String holder = errors.text("accountName", accountName, 60);
        if (payee == null || !PAYEES.contains(payee)) {
            errors.reject("payee", "CLAIM_PAYEE_REQUIRED");
        } else if ("PERSON".equals(payee) && !holder.isEmpty() && !holder.equals(personName)) {
            errors.reject("accountName", "CLAIM_BANK_HOLDER_MISMATCH");
        }
    }

    /** The account with surrounding blanks removed, as stored. */
    public BankAccount stripped() {
        return new BankAccount(category, strip(bankName), strip(accountNumber), strip(accountName), payee);
    }

    /** The account number with all but the last four digits hidden, for lists and messages. */
    public String maskedNumber() {
        String n = accountNumber == null ? "" : accountNumber;
        return n.length() <= 4 ? n : "*".repeat(4) + n.substring(n.length() - 4);
    }

    private static @Nullable String strip(@Nullable String s) {
        return s == null ? null : s.strip();
    }
}
