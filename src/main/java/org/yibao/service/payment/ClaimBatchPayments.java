package org.yibao.service.payment;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.common.bank.BankTransfers;
import org.yibao.common.bank.BatchPayments;

/**
 * 零星报销、生育津贴的付款单在银行批量代发中：已提交银行（QUEUED）的付款单按统筹区进入代发文件（SENDING），
 * 回盘由 {@link PaymentOrders#finish} 办理，与联机拨付相同。付款单号为 {@code PO<申请号>-<次数>}。
 */
@Component
class ClaimBatchPayments implements BatchPayments {

    private static final Pattern REFERENCE = Pattern.compile("PO(\\d{1,18})-(\\d{1,9})");

    private static final String COLUMNS = """
            o.application_id, o.attempts, o.bank_category, o.bank_name, o.account_number, o.account_name,
            o.amount_fen, o.created_at, a.type""";

    private final JdbcClient jdbc;
    private final PaymentOrders orders;

    ClaimBatchPayments(JdbcClient jdbc, PaymentOrders orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    private record Row(Queued queued, long applicationId, java.time.OffsetDateTime createdAt) {
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(new Queued(new BankTransfers.Transfer(
            PaymentOrders.reference(rs.getLong("application_id"), rs.getInt("attempts")), rs.getString("bank_category"),
            rs.getString("bank_name"), rs.getString("account_number"), rs.getString("account_name"),
            Money.ofFen(rs.getLong("amount_fen"))),
            "MATERNITY_ALLOWANCE".equals(rs.getString("type")) ? "生育津贴" : "零星报销"),
            rs.getLong("application_id"), rs.getObject("created_at", java.time.OffsetDateTime.class));

    @Override
    public String kind() {
        return "CLAIM";
    }

    @Override
    public List<Queued> queued(@Nullable String regionCode, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from service_payment_order o join service_application a on a.id = o.application_id
                where o.status = 'QUEUED' and (cast(:region as varchar) is null or a.region_code = :region)
                order by o.created_at, o.application_id limit :limit""")
                .param("region", regionCode).param("limit", limit).query(ROW).list().stream().map(Row::queued).toList();
    }

    @Override
    public Summary summary(@Nullable String regionCode) {
        return jdbc.sql("""
                select count(*), coalesce(sum(o.amount_fen), 0)
                from service_payment_order o join service_application a on a.id = o.application_id
                where o.status = 'QUEUED' and (cast(:region as varchar) is null or a.region_code = :region)""")
                .param("region", regionCode)
                .query((rs, n) -> new Summary(rs.getInt(1), Money.ofFen(rs.getLong(2)))).single();
    }

    @Override
    public List<Queued> take(String regionCode, int limit) {
        return jdbc.sql("""
                with taken as (
                    select o.application_id from service_payment_order o
                    join service_application a on a.id = o.application_id
                    where o.status = 'QUEUED' and a.region_code = :region
                    order by o.created_at, o.application_id limit :limit for update of o)
                update service_payment_order o set status = 'SENDING'
                from taken, service_application a
                where o.application_id = taken.application_id and a.id = o.application_id
                returning""" + " " + COLUMNS)
                .param("region", regionCode).param("limit", limit).query(ROW).list().stream()
                .sorted(Comparator.comparing(Row::createdAt).thenComparing(Row::applicationId))
                .map(Row::queued).toList();
    }

    @Override
    public void paid(String reference, String bankReference, String actor) {
        complete(reference, BankTransfers.Outcome.paid(bankReference), actor);
    }

    @Override
    public void refused(String reference, String reason, String actor) {
        complete(reference, BankTransfers.Outcome.refused(reason), actor);
    }

    /** The order of the 付款单号, locked: it must be on its way under this very 付款单号, else nothing changes. */
    private void complete(String reference, BankTransfers.Outcome outcome, String actor) {
        Matcher m = REFERENCE.matcher(reference);
        long applicationId = m.matches() ? Long.parseLong(m.group(1)) : -1;
        boolean sending = m.matches() && jdbc.sql("""
                select attempts from service_payment_order where application_id = ? and status = 'SENDING'
                for update""").param(applicationId).query(Integer.class).optional()
                .filter(attempts -> attempts == Integer.parseInt(m.group(2))).isPresent();
        if (!sending || !orders.finish(actor, applicationId, outcome)) {
            throw new BusinessException(Problem.CONFLICT, "BANK_BATCH_ORDER_CHANGED", reference);
        }
    }
}
