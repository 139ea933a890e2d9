package org.yibao.account.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.common.bank.BankMode;
import org.yibao.common.bank.BankTransfers;
import org.yibao.service.TransferFunds;

/**
 * 清退 payment orders: written 待拨付 in the transaction that empties the account, handed to the bank once that
 * transaction committed, and marked 已拨付 or failed with the bank's reason. An order goes to the bank only while
 * its row is locked and 待拨付, so the first sending and a clerk's 重新拨付 never pay twice (the order id is the
 * bank's key). A failed order waits for the person's corrected bank account. Without a bank adapter, or while the
 * bank cannot be reached, orders stay 待拨付 and a clerk sends them again. In batch mode ({@code yibao.bank.mode=batch})
 * no bank is called: an order is written (or sent again) as 已提交银行 (QUEUED) for the region's next 代发文件, and
 * the bank's result file completes it through {@link #complete}, as an online answer does.
 */
@Component
class RefundOrders {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RefundOrders.class);

    private static final String ORDER = """
            select id, reference, person_id, amount_fen, bank_category, bank_name, bank_account, account_name, status
            from account_refund_order where reference = ?""";

    private final JdbcClient jdbc;
    private final Postings postings;
    private final ObjectProvider<BankTransfers> gateway;
    private final AuditTrail audit;
    private final TransactionTemplate separately;
    private final BankMode mode;

    RefundOrders(JdbcClient jdbc, Postings postings, ObjectProvider<BankTransfers> gateway, AuditTrail audit,
                 PlatformTransactionManager transactions, BankMode mode) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.postings = postings;
        this.gateway = gateway;
        this.audit = audit;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A stored order: the transfer the bank receives (its reference is the order's), whose person, where it stands. */
    record Order(long id, long personId, BankTransfers.Transfer transfer, String status) {
    }

    /**
     * Writes the order of the region whose agency pays and sends it after the caller's transaction commits (in
     * batch mode: writes it 已提交银行).
     */
    void order(String reference, long personId, String regionCode, long amountFen, TransferFunds.BankAccount bank) {
        jdbc.sql("""
                insert into account_refund_order (reference, person_id, amount_fen, bank_category, bank_name,
                    bank_account, account_name, status, created_at, updated_at, region_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, personId, amountFen, bank.category(), bank.bankName(), bank.accountNumber(),
                        bank.accountName(), mode.batch() ? "QUEUED" : "PENDING", postings.now(), postings.now(),
                        regionCode)
                .update();
        if (mode.batch()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    separately.executeWithoutResult(s -> locked(reference).ifPresent(o -> send(o)));
                } catch (RuntimeException e) {
                    // the account is emptied and the order written: it stays 待拨付 for the clerk to send again
                    LOG.warn("清退 {} not handed to the bank, it stays pending: {}", reference, e.toString());
                }
            }
        });
    }

    /** 更正: a failed order back to 待拨付 with the corrected account; false when the order is not failed. */
    boolean correct(String reference, TransferFunds.BankAccount bank) {
        int changed = jdbc.sql("""
                update account_refund_order set bank_category = ?, bank_name = ?, bank_account = ?, account_name = ?,
                    status = 'PENDING', reason = null, updated_at = ?
                where reference = ? and status = 'FAILED'""")
                .params(bank.category(), bank.bankName(), bank.accountNumber(), bank.accountName(), postings.now(),
                        reference).update();
        if (changed == 1) {
            audit.record("system", "refund:" + reference, "ACCOUNT_REFUND_CORRECTED", AuditTrail.Channel.SYSTEM,
                    "reference:" + reference);
        }
        return changed == 1;
    }

    /** 重新拨付 in the caller's transaction: the locked order, if 待拨付, goes to the bank; answers the outcome. */
    TransferFunds.Refund retry(String reference) {
        Order o = locked(reference).orElseThrow(() -> new BusinessException(Problem.NOT_FOUND,
                "ACCOUNT_REFUND_NOT_FOUND"));
        if ("FAILED".equals(o.status())) {
            throw new BusinessException(Problem.CONFLICT, "ACCOUNT_REFUND_NEEDS_CORRECTION");
        }
        if ("PAID".equals(o.status())) {
            throw new BusinessException(Problem.CONFLICT, "ACCOUNT_REFUND_ALREADY_PAID");
        }
        if (mode.batch()) {
            queue(o);
            return of(reference).orElseThrow();
        }
        if (gateway.getIfAvailable() == null) {
            throw new BusinessException(Problem.UNAVAILABLE, "ACCOUNT_REFUND_BANK_NOT_CONFIGURED");
        }
        send(o);
        return of(reference).orElseThrow();
    }

    /** 重新拨付 in batch mode: a 待拨付 order becomes 已提交银行 for the next 代发文件; anything else stays. */
    private void queue(Order o) {
        int queued = jdbc.sql("""
                update account_refund_order set status = 'QUEUED', reason = null, updated_at = ?
                where id = ? and status = 'PENDING'""").params(postings.now(), o.id()).update();
        if (queued == 1) {
            audit.record("system", PaymentDesk.person(o.personId()), "ACCOUNT_REFUND_QUEUED",
                    AuditTrail.Channel.SYSTEM, "reference:" + o.transfer().reference());
        }
    }

    Optional<Order> locked(String reference) {
        return jdbc.sql(ORDER + " for update").param(reference)
                .query((rs, n) -> new Order(rs.getLong(1), rs.getLong(3), new BankTransfers.Transfer(rs.getString(2),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        Money.ofFen(rs.getLong(4))), rs.getString(9))).optional();
    }

    /** Sends a locked order that is 待拨付; anything else was decided by an earlier request and is left alone. */
    private void send(Order o) {
        BankTransfers bank = gateway.getIfAvailable();
        if (bank == null || !"PENDING".equals(o.status())) {
            return;
        }
        BankTransfers.Outcome outcome;
        try {
            outcome = bank.transfer(o.transfer());
        } catch (RuntimeException e) {
            throw new BusinessException(Problem.UNAVAILABLE, "ACCOUNT_REFUND_BANK_UNAVAILABLE");
        }
        complete(o, outcome);
    }

    /** The bank's answer for an order it was given, online or from a 回盘 line: 已拨付, or failed with the reason. */
    void complete(Order o, BankTransfers.Outcome outcome) {
        String reason = outcome.paid() ? null : reason(outcome.detail());
        jdbc.sql("update account_refund_order set status = ?, reason = ?, updated_at = ? where id = ?")
                .params(outcome.paid() ? "PAID" : "FAILED", reason, postings.now(), o.id()).update();
        audit.record("system", PaymentDesk.person(o.personId()), outcome.paid() ? "ACCOUNT_REFUND_PAID"
                : "ACCOUNT_REFUND_FAILED", AuditTrail.Channel.SYSTEM, "reference:" + o.transfer().reference());
    }

    /** The bank's reason as stored: at most 200 characters, a blank one named as such. */
    private static String reason(@org.jspecify.annotations.Nullable String detail) {
        String text = detail == null || detail.isBlank() ? "银行拒绝，未说明原因" : detail.strip();
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    Optional<TransferFunds.Refund> of(String reference) {
        List<TransferFunds.Refund> found = jdbc.sql("""
                select amount_fen, status, reason from account_refund_order where reference = ?""")
                .param(reference)
                .query((rs, n) -> new TransferFunds.Refund(Money.ofFen(rs.getLong(1)), rs.getString(2),
                        rs.getString(3))).list();
        return found.stream().findFirst();
    }
}
