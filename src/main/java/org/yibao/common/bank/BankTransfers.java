package org.yibao.common.bank;

import org.yibao.common.Money;

/**
 * 银行拨付端口：零星报销、生育津贴的拨付（service）和转移接续清退（account）都经由它把钱转到收款人的银行账户。
 * 适配器在银行受理或拒绝后应答；同一付款单号重复提交不会重复付款（付款单号是银行侧的幂等键）。
 * 未配置适配器时，拨付回答 503，付款单保持待拨付。
 */
public interface BankTransfers {

    /**
     * 一笔转账：付款单号、收款账户和金额。
     *
     * @param reference     付款单号（银行侧幂等键）
     * @param bankCategory  银行类别代码，如 ICBC
     * @param bankName      开户行名称
     * @param accountNumber 收款账号
     * @param accountName   收款户名
     * @param amount        金额
     */
    record Transfer(String reference, String bankCategory, String bankName, String accountNumber, String accountName,
                    Money amount) {
    }

    /**
     * 银行的应答：已付款（附银行流水号），或拒绝（附经办人可读的原因）。
     *
     * @param paid   是否已付款
     * @param detail 已付款时为银行流水号，拒绝时为原因
     */
    record Outcome(boolean paid, String detail) {

        public static Outcome paid(String bankReference) {
            return new Outcome(true, bankReference);
        }

        public static Outcome refused(String reason) {
            return new Outcome(false, reason);
        }
    }

    Outcome transfer(Transfer transfer);
}
