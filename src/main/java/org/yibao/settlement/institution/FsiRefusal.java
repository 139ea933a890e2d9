package org.yibao.settlement.institution;

/**
 * A business refusal of the institution API: answered with {@code infcode} -1 and this text as {@code err_msg},
 * after everything the transaction did was rolled back. The texts are Chinese whatever the caller's language:
 * the national interface speaks Chinese only, and HIS vendors match on them.
 */
final class FsiRefusal extends RuntimeException {

    FsiRefusal(String errMsg) {
        super(errMsg, null, false, false);
    }

    String errMsg() {
        return getMessage();
    }
}
