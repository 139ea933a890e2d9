package org.yibao.service.transfer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.common.InputErrors;
import org.yibao.service.TransferFunds;

/** Checks the bank account of a 清退: a listed 银行大类, a 开户行, a 12–25 digit 账号 and the person's own 户名. */
final class BankAccounts {

    /** 银行大类 offered; message key {@code transfer.bank.<code>}. */
    static final List<String> CATEGORIES = List.of("ICBC", "ABC", "BOC", "CCB", "BCM", "PSBC", "RCC", "OTHER");

    private BankAccounts() {
    }

    static TransferFunds.BankAccount check(TransferForm form, String personName) {
        InputErrors errors = new InputErrors();
        String category = strip(form.bankCategory());
        if (!CATEGORIES.contains(category)) {
            errors.reject("bankCategory", "TRANSFER_BANK_CATEGORY_REQUIRED");
        }
        String bankName = strip(form.bankName());
        if (bankName.length() < 2 || bankName.length() > 60) {
            errors.reject("bankName", "TRANSFER_BANK_NAME_REQUIRED");
        }
        String account = strip(form.bankAccount()).replace(" ", "");
        if (!account.matches("\\d{12,25}")) {
            errors.reject("bankAccount", "TRANSFER_BANK_ACCOUNT_FORMAT");
        }
        String name = strip(form.bankAccountName());
        if (!name.equals(personName)) {
            errors.reject("bankAccountName", "TRANSFER_BANK_NAME_NOT_OWN");
        }
        errors.throwIfAny();
        return new TransferFunds.BankAccount(category, bankName, account, name);
    }

    static String masked(String account) {
        return "**** " + account.substring(Math.max(0, account.length() - 4));
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
