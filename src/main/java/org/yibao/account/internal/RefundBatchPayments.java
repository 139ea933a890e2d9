package org.yibao.account.internal;

import java.util.List;
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
 * 转移接续清退的付款单在银行批量代发中：已提交银行（QUEUED）的清退按出资统筹区进入代发文件（SENDING），
 * 回盘由 {@link RefundOrders#complete} 办理，与联机拨付相同：成功为已拨付，失败为拨付失败，参保人更正账户后重新拨付。
 */
@Component
class RefundBatchPayments implements BatchPayments {

    private static final String COLUMNS = """
            reference, bank_category, bank_name, bank_account, account_name, amount_fen, created_at, id""";

    private static final RowMapper<Queued> ROW = (rs, n) -> new Queued(new BankTransfers.Transfer(
            rs.getString("reference"), rs.getString("bank_category"), rs.getString("bank_name"),
            rs.getString("bank_account"), rs.getString("account_name"), Money.ofFen(rs.getLong("amount_fen"))),
            "清退");

    private final JdbcClient jdbc;
    private final RefundOrders orders;
    private final Postings postings;

    RefundBatchPayments(JdbcClient jdbc, RefundOrders orders, Postings postings) {
        this.postings = postings;
        this.jdbc = jdbc;
        this.orders = orders;
    }

    @Override
    public String kind() {
        return "REFUND";
    }

    @Override
    public List<Queued> queued(@Nullable String regionCode, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from account_refund_order
                where status = 'QUEUED' and (cast(:region as varchar) is null or region_code = :region)
                order by created_at, id limit :limit""")
                .param("region", regionCode).param("limit", limit).query(ROW).list();
    }

    @Override
    public Summary summary(@Nullable String regionCode) {
        return jdbc.sql("""
                select count(*), coalesce(sum(amount_fen), 0) from account_refund_order
                where status = 'QUEUED' and (cast(:region as varchar) is null or region_code = :region)""")
                .param("region", regionCode)
                .query((rs, n) -> new Summary(rs.getInt(1), Money.ofFen(rs.getLong(2)))).single();
    }

    @Override
    public List<Queued> take(String regionCode, int limit) {
        List<String> references = jdbc.sql("""
                select reference from account_refund_order where status = 'QUEUED' and region_code = :region
                order by created_at, id limit :limit for update""")
                .param("region", regionCode).param("limit", limit).query(String.class).list();
        if (references.isEmpty()) {
            return List.of();
        }
        jdbc.sql("update account_refund_order set status = 'SENDING', updated_at = :now where reference in (:references)")
                .param("now", postings.now()).param("references", references).update();
        return jdbc.sql("select " + COLUMNS + " from account_refund_order where reference in (:references)"
                        + " order by created_at, id").param("references", references).query(ROW).list();
    }

    @Override
    public void paid(String reference, String bankReference, String actor) {
        complete(reference, BankTransfers.Outcome.paid(bankReference));
    }

    @Override
    public void refused(String reference, String reason, String actor) {
        complete(reference, BankTransfers.Outcome.refused(reason));
    }

    /** The locked order must be on its way (SENDING), else nothing changes. */
    private void complete(String reference, BankTransfers.Outcome outcome) {
        RefundOrders.Order o = orders.locked(reference).filter(order -> "SENDING".equals(order.status()))
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "BANK_BATCH_ORDER_CHANGED", reference));
        orders.complete(o, outcome);
    }
}
