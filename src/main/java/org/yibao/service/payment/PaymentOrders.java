package org.yibao.service.payment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.common.bank.BankMode;
import org.yibao.common.bank.BankTransfers;
import org.yibao.service.Applications;

/**
 * 拨付: an approved claim or allowance becomes a payment order to the bank account the applicant gave (待拨付). A
 * clerk of the region sends it to the bank; the order is marked as being sent in its own transaction (so two
 * clerks cannot send it twice), the bank is called with no transaction open, and the answer makes it 已拨付 or
 * returns it to 待拨付 with the bank's reason. In batch mode ({@code yibao.bank.mode=batch}) 拨付 calls no bank:
 * the order becomes 已提交银行 (QUEUED) for the next 代发文件, and the bank's result file completes it the same way
 * ({@link #finish}).
 */
@Service
public class PaymentOrders {

    /** Where an order stands; message key {@code claim.payment.<NAME>}. */
    public enum Status { PENDING, QUEUED, SENDING, PAID, CANCELLED }

    /** A stored order. */
    public record Order(long applicationId, String regionCode, BankAccount account, Money amount, Status status,
                        @Nullable String failureReason, int attempts, @Nullable String bankReference,
                        @Nullable OffsetDateTime paidAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<BankTransfers> bank;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final BankMode mode;

    PaymentOrders(JdbcClient jdbc, ObjectProvider<BankTransfers> bank, PlatformTransactionManager transactions,
                  AuditTrail audit, Clock clock, BankMode mode) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.bank = bank;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues the order of an approved application (inside the approval's transaction); once only. */
    public void issue(long applicationId, BankAccount account, Money amount) {
        jdbc.sql("""
                insert into service_payment_order (application_id, payee_kind, bank_category, bank_name,
                    account_number, account_name, amount_fen, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?) on conflict (application_id) do nothing""")
                .params(applicationId, account.payee(), account.category(), account.bankName(), account.accountNumber(),
                        account.accountName(), amount.fen(), OffsetDateTime.now(clock))
                .update();
    }

    /**
     * 已取消: the order of a claim the agency cancels is never sent; one already paid or on its way to the bank
     * is refused (inside the cancellation's transaction, so nothing else changes either).
     */
    public void cancel(long applicationId) {
        Optional<Status> status = jdbc.sql("select status from service_payment_order where application_id = ? for update")
                .param(applicationId).query(String.class).optional().map(Status::valueOf);
        if (status.isPresent() && status.get() != Status.PENDING) {
            throw new BusinessException(Problem.CONFLICT, status.get() == Status.PAID ? "CLAIM_ALREADY_PAID"
                    : "CLAIM_PAYMENT_NOT_PENDING");
        }
        jdbc.sql("update service_payment_order set status = 'CANCELLED' where application_id = ?")
                .param(applicationId).update();
    }

    public Optional<Order> of(long applicationId) {
        return jdbc.sql("""
                select o.*, a.region_code from service_payment_order o join service_application a on a.id = o.application_id
                where o.application_id = ?""").param(applicationId).query((rs, n) -> new Order(
                        rs.getLong("application_id"), rs.getString("region_code"),
                        new BankAccount(rs.getString("bank_category"), rs.getString("bank_name"),
                                rs.getString("account_number"), rs.getString("account_name"),
                                rs.getString("payee_kind")),
                        Money.ofFen(rs.getLong("amount_fen")), Status.valueOf(rs.getString("status")),
                        rs.getString("failure_reason"), rs.getInt("attempts"), rs.getString("bank_reference"),
                        rs.getObject("paid_at", OffsetDateTime.class)))
                .optional();
    }

    /**
     * A clerk of the order's region sends a 待拨付 order to the bank (in batch mode: queues it as 已提交银行);
     * answers the order as it then stands.
     */
    public Order send(Applications.StaffActor staff, long applicationId) {
        if (mode.batch()) {
            return tx.execute(s -> queue(staff, applicationId));
        }
        BankTransfers gateway = bank.getIfAvailable();
        if (gateway == null) {
            throw new BusinessException(Problem.UNAVAILABLE, "CLAIM_BANK_NOT_CONFIGURED");
        }
        Order order = tx.execute(s -> startSending(staff, applicationId));
        BankTransfers.Outcome outcome;
        try {
            outcome = gateway.transfer(new BankTransfers.Transfer(reference(applicationId, order.attempts()),
                    order.account().category(), order.account().bankName(), order.account().accountNumber(),
                    order.account().accountName(), order.amount()));
        } catch (RuntimeException e) {
            outcome = BankTransfers.Outcome.refused("银行未应答，请稍后重新拨付");
        }
        BankTransfers.Outcome answer = outcome;
        tx.executeWithoutResult(s -> finish("staff:" + staff.login(), applicationId, answer));
        return of(applicationId).orElseThrow();
    }

    /** 付款单号, the bank's key: a new one for every sending of the order. */
    static String reference(long applicationId, int attempt) {
        return "PO" + applicationId + "-" + attempt;
    }

    /** 已提交银行: the locked 待拨付 order waits for the next 代发文件, under a new 付款单号. */
    private Order queue(Applications.StaffActor staff, long applicationId) {
        lockPending(staff, applicationId);
        jdbc.sql("""
                update service_payment_order set status = 'QUEUED', attempts = attempts + 1, failure_reason = null
                where application_id = ?""").param(applicationId).update();
        audit.record("staff:" + staff.login(), "application:" + applicationId, "PAYMENT_QUEUED",
                AuditTrail.Channel.STAFF, "batch");
        return of(applicationId).orElseThrow();
    }

    private Order startSending(Applications.StaffActor staff, long applicationId) {
        lockPending(staff, applicationId);
        jdbc.sql("update service_payment_order set status = 'SENDING', attempts = attempts + 1 where application_id = ?")
                .param(applicationId).update();
        return of(applicationId).orElseThrow();
    }

    private Order lockPending(Applications.StaffActor staff, long applicationId) {
        Order order = jdbc.sql("select application_id from service_payment_order where application_id = ? for update")
                .param(applicationId).query(Long.class).optional().flatMap(this::of)
                .filter(o -> staff.regionCode() == null || staff.regionCode().equals(o.regionCode()))
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "CLAIM_PAYMENT_NOT_FOUND"));
        if (order.status() != Status.PENDING) {
            throw new BusinessException(Problem.CONFLICT, "CLAIM_PAYMENT_NOT_PENDING");
        }
        return order;
    }

    /**
     * The bank's answer for an order on its way (SENDING), online or from a 回盘 line: 已拨付 with the bank's
     * reference, or back to 待拨付 with the reason for the clerk to check and send again; false when the order
     * was not on its way (nothing changed).
     */
    boolean finish(String actor, long applicationId, BankTransfers.Outcome outcome) {
        String detail = outcome.detail().length() > 200 ? outcome.detail().substring(0, 200) : outcome.detail();
        int changed;
        if (outcome.paid()) {
            changed = jdbc.sql("""
                    update service_payment_order set status = 'PAID', bank_reference = ?, failure_reason = null,
                        paid_at = ? where application_id = ? and status = 'SENDING'""")
                    .params(detail.length() > 40 ? detail.substring(0, 40) : detail, OffsetDateTime.now(clock),
                            applicationId).update();
        } else {
            changed = jdbc.sql("""
                    update service_payment_order set status = 'PENDING', failure_reason = ?
                    where application_id = ? and status = 'SENDING'""").params(detail, applicationId).update();
        }
        audit.record(actor, "application:" + applicationId,
                outcome.paid() ? "PAYMENT_PAID" : "PAYMENT_FAILED", AuditTrail.Channel.STAFF, detail);
        return changed == 1;
    }
}
