package org.yibao.account.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yibao.account.RefundGateway;
import org.yibao.common.AuditTrail;
import org.yibao.common.Money;
import org.yibao.service.TransferFunds;

/**
 * 清退 payment orders: written 待拨付 in the transaction that empties the account, handed to the bank once that
 * transaction committed, and marked 已拨付 or failed with the bank's reason. Without a bank adapter they wait.
 */
@Component
class RefundOrders {

    private final JdbcClient jdbc;
    private final Postings postings;
    private final ObjectProvider<RefundGateway> gateway;
    private final AuditTrail audit;

    RefundOrders(JdbcClient jdbc, Postings postings, ObjectProvider<RefundGateway> gateway, AuditTrail audit) {
        this.jdbc = jdbc;
        this.postings = postings;
        this.gateway = gateway;
        this.audit = audit;
    }

    /** Writes the order and sends it after the caller's transaction commits. */
    void order(String reference, long personId, long amountFen, TransferFunds.BankAccount bank) {
        long id = jdbc.sql("""
                insert into account_refund_order (reference, person_id, amount_fen, bank_category, bank_name,
                    bank_account, account_name, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
                .params(reference, personId, amountFen, bank.category(), bank.bankName(), bank.accountNumber(),
                        bank.accountName(), postings.now(), postings.now())
                .query(Long.class).single();
        RefundGateway.RefundOrder order = new RefundGateway.RefundOrder(id, reference, personId,
                Money.ofFen(amountFen), bank.category(), bank.bankName(), bank.accountNumber(), bank.accountName());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(order);
            }
        });
    }

    void send(RefundGateway.RefundOrder order) {
        RefundGateway bank = gateway.getIfAvailable();
        if (bank == null) {
            return;
        }
        RefundGateway.Outcome outcome = bank.submit(order);
        jdbc.sql("""
                update account_refund_order set status = ?, reason = ?, updated_at = ?
                where id = ? and status = 'PENDING'""")
                .params(outcome.paid() ? "PAID" : "FAILED", outcome.reason(), postings.now(), order.id()).update();
        audit.record("system", PaymentDesk.person(order.personId()), outcome.paid() ? "ACCOUNT_REFUND_PAID"
                : "ACCOUNT_REFUND_FAILED", AuditTrail.Channel.SYSTEM, "reference:" + order.reference());
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
