package org.yibao.service.transfer;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.service.TransferFunds;

/**
 * The transfer's own record beside its application: the two regions, the stage it is in, the 参保缴费凭证 the old
 * region issued and what the receiving region accepted. A unique index keeps one open transfer per relationship.
 */
@Component
public class TransferRecords {

    /** Where a transfer stands (the application's status says who acts next). */
    public enum Stage { OUT_REVIEW, IN_REVIEW, DONE, CLOSED }

    /** One transfer; the voucher fields are set once the old region issued it, the rest on acceptance. */
    public record Transfer(long applicationId, long personId, String fromRegion, String toRegion, Stage stage,
                           @Nullable String voucherIssuedBy, @Nullable OffsetDateTime voucherIssuedAt,
                           @Nullable Money balanceAtIssue, @Nullable Integer contributionMonths,
                           @Nullable String acceptedBy, @Nullable OffsetDateTime acceptedAt, @Nullable Money moved,
                           TransferFunds.@Nullable BankAccount refundTo) {

        /** The reference the account's movements carry. */
        public String reference() {
            return "TRANSFER-" + applicationId;
        }
    }

    private final JdbcClient jdbc;

    TransferRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses while a transfer of the same relationship is open (checked again by the index on insert). */
    void refuseOpen(long personId, String fromRegion, String fromName) {
        boolean open = jdbc.sql("""
                select exists (select 1 from service_transfer where person_id = ? and from_region = ?
                               and stage in ('OUT_REVIEW', 'IN_REVIEW'))""")
                .params(personId, fromRegion).query(Boolean.class).single();
        if (open) {
            throw new BusinessException(Problem.CONFLICT, "TRANSFER_ALREADY_OPEN", fromName);
        }
    }

    void insert(long applicationId, long personId, TransferConditions.Checked c, String fromName) {
        TransferFunds.BankAccount bank = c.refundTo();
        try {
            jdbc.sql("""
                    insert into service_transfer (application_id, person_id, from_region, to_region, stage, refund,
                        bank_category, bank_name, bank_account, bank_account_name)
                    values (?, ?, ?, ?, 'OUT_REVIEW', ?, ?, ?, ?, ?)""")
                    .params(applicationId, personId, c.from().code(), c.to().code(), bank != null,
                            bank == null ? null : bank.category(), bank == null ? null : bank.bankName(),
                            bank == null ? null : bank.accountNumber(), bank == null ? null : bank.accountName())
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new BusinessException(Problem.CONFLICT, "TRANSFER_ALREADY_OPEN", fromName);
        }
    }

    private static final String COLUMNS = """
            select application_id, person_id, from_region, to_region, stage, voucher_issued_by, voucher_issued_at,
                   balance_at_issue_fen, contribution_months, accepted_by, accepted_at, moved_fen, refund,
                   bank_category, bank_name, bank_account, bank_account_name
            from service_transfer""";

    public Optional<Transfer> find(long applicationId) {
        return jdbc.sql(COLUMNS + " where application_id = ?").param(applicationId).query(this::row).optional();
    }

    /**
     * The transfers out of the region, and into it once the old region issued the voucher (every region's for null),
     * newest first: those waiting on the region (its 转出地审核 or its 转入地接收) before the others.
     */
    public java.util.List<Transfer> ofRegion(@Nullable String region, int limit) {
        return jdbc.sql(COLUMNS + """
                 where cast(:region as varchar) is null or from_region = :region
                   or (to_region = :region and voucher_issued_at is not null)
                order by case when (stage = 'OUT_REVIEW' and from_region = :region)
                                or (stage = 'IN_REVIEW' and to_region = :region) then 0 else 1 end,
                         application_id desc
                limit :limit""")
                .param("region", region).param("limit", limit).query(this::row).list();
    }

    private Transfer row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Transfer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Stage.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        fen(rs.getObject(8, Long.class)), rs.getObject(9, Integer.class), rs.getString(10),
                        rs.getObject(11, OffsetDateTime.class), fen(rs.getObject(12, Long.class)),
                        rs.getBoolean(13) ? new TransferFunds.BankAccount(rs.getString(14), rs.getString(15),
                                rs.getString(16), rs.getString(17)) : null);
    }

    void voucherIssued(long applicationId, String by, OffsetDateTime at, Money balance, int months) {
        jdbc.sql("""
                update service_transfer set stage = 'IN_REVIEW', voucher_issued_by = ?, voucher_issued_at = ?,
                    balance_at_issue_fen = ?, contribution_months = ? where application_id = ?""")
                .params(by, at, balance.fen(), months, applicationId).update();
    }

    void accepted(long applicationId, String by, OffsetDateTime at, Money moved) {
        jdbc.sql("""
                update service_transfer set stage = 'DONE', accepted_by = ?, accepted_at = ?, moved_fen = ?
                where application_id = ?""")
                .params(by, at, moved.fen(), applicationId).update();
    }

    /** The person's corrected bank account for a 清退 the bank refused. */
    void bankCorrected(long applicationId, TransferFunds.BankAccount bank) {
        jdbc.sql("""
                update service_transfer set bank_category = ?, bank_name = ?, bank_account = ?, bank_account_name = ?
                where application_id = ? and refund""")
                .params(bank.category(), bank.bankName(), bank.accountNumber(), bank.accountName(), applicationId)
                .update();
    }

    void closed(long applicationId) {
        jdbc.sql("update service_transfer set stage = 'CLOSED' where application_id = ?").param(applicationId).update();
    }

    private static @Nullable Money fen(@Nullable Long fen) {
        return fen == null ? null : Money.ofFen(fen);
    }
}
