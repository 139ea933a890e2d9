package org.yibao.common.bank;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.Problem;

/**
 * 银行批量代发的批次：生成代发文件时，统筹区所有已提交银行的付款单（零星报销、生育津贴、清退，至多
 * {@value #MAX_ORDERS} 笔）冻结为一个编号的批次，每笔付款单至多在一个未回盘的批次中。同一统筹区同时生成只得一个
 * 批次：事务先取得统筹区的锁，后到者看到已无排队的付款单。
 */
@Service
public class BankBatches {

    /** 一个批次至多的付款单数；其余留待下一批。 */
    public static final int MAX_ORDERS = 5_000;

    /** 批次：编号、统筹区、状态（GENERATED 已生成，IMPORTED 已导入结果）、笔数与总额、待回盘笔数。 */
    public record Batch(long id, String batchNo, String regionCode, String status, int count, Money total,
                        int waiting, String createdBy, OffsetDateTime createdAt, @Nullable OffsetDateTime importedAt) {
    }

    /** 批次中的一笔：序号、种类、付款单号、收款账户、金额、用途、状态（WAITING 待回盘，PAID，REFUSED）及回盘内容。 */
    public record Line(int lineNo, String kind, String reference, String accountNumber, String accountName,
                       String bankName, Money amount, String purpose, String status, @Nullable String bankReference,
                       @Nullable String reason) {
    }

    /** 排队等待代发的付款单：每类的笔数与总额，及最早的若干笔。 */
    public record Waiting(List<Kind> kinds, int count, Money total, List<BatchPayments.Queued> first) {
    }

    /** 一类排队的付款单。 */
    public record Kind(String kind, BatchPayments.Summary summary) {
    }

    private static final RowMapper<Batch> BATCH = (rs, n) -> new Batch(rs.getLong("id"), rs.getString("batch_no"),
            rs.getString("region_code"), rs.getString("status"), rs.getInt("order_count"),
            Money.ofFen(rs.getLong("total_fen")), rs.getInt("waiting"), rs.getString("created_by"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("imported_at", OffsetDateTime.class));

    private static final String BATCHES = """
            select b.*, (select count(*) from common_bank_batch_line l where l.batch_id = b.id and l.status = 'WAITING')
                as waiting
            from common_bank_batch b""";

    private final JdbcClient jdbc;
    private final List<BatchPayments> payments;
    private final AuditTrail audit;
    private final Clock clock;

    BankBatches(JdbcClient jdbc, List<BatchPayments> payments, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        // a fixed order of kinds (CLAIM before REFUND), so that a batch file lists them the same way every time
        this.payments = payments.stream().sorted(java.util.Comparator.comparing(BatchPayments::kind)).toList();
        this.audit = audit;
        this.clock = clock;
    }

    /** 统筹区（管理员：全部）排队等待代发的付款单。 */
    public Waiting waiting(@Nullable String regionCode, int show) {
        List<Kind> kinds = payments.stream().map(p -> new Kind(p.kind(), p.summary(regionCode))).toList();
        List<BatchPayments.Queued> first = new ArrayList<>();
        payments.forEach(p -> first.addAll(p.queued(regionCode, show)));
        return new Waiting(kinds, kinds.stream().mapToInt(k -> k.summary().count()).sum(),
                kinds.stream().map(k -> k.summary().total()).reduce(Money.ZERO, Money::plus),
                first.subList(0, Math.min(show, first.size())));
    }

    /** 生成代发文件：统筹区排队的付款单冻结为一个新批次；没有排队的付款单时拒绝，什么也不改。 */
    @Transactional
    public Batch generate(String staffLogin, String regionCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("common_bank_batch:" + regionCode)
                .query((rs, n) -> 1).single();
        List<Line> lines = new ArrayList<>();
        for (BatchPayments p : payments) {
            for (BatchPayments.Queued q : p.take(regionCode, MAX_ORDERS - lines.size())) {
                BankTransfers.Transfer t = q.transfer();
                lines.add(new Line(lines.size() + 1, p.kind(), t.reference(), t.accountNumber(), t.accountName(),
                        t.bankName(), t.amount(), q.purpose(), "WAITING", null, null));
            }
        }
        if (lines.isEmpty()) {
            throw new BusinessException(Problem.CONFLICT, "BANK_BATCH_NOTHING_WAITING");
        }
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('common_bank_batch', 'id'))").query(Long.class)
                .single();
        String batchNo = "DF%s-%06d".formatted(regionCode, id);
        Money total = lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
        jdbc.sql("""
                insert into common_bank_batch (id, batch_no, region_code, status, order_count, total_fen, created_by,
                    created_at) overriding system value values (?, ?, ?, 'GENERATED', ?, ?, ?, ?)""")
                .params(id, batchNo, regionCode, lines.size(), total.fen(), staffLogin, OffsetDateTime.now(clock))
                .update();
        for (Line l : lines) {
            jdbc.sql("""
                    insert into common_bank_batch_line (batch_id, line_no, kind, reference, account_number,
                        account_name, bank_name, amount_fen, purpose, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING')""")
                    .params(id, l.lineNo(), l.kind(), l.reference(), l.accountNumber(), l.accountName(), l.bankName(),
                            l.amount().fen(), l.purpose()).update();
        }
        audit.record("staff:" + staffLogin, "bank-batch:" + batchNo, "BANK_BATCH_GENERATED",
                AuditTrail.Channel.STAFF, "count:%d total:%d".formatted(lines.size(), total.fen()));
        return find(id, regionCode).orElseThrow();
    }

    /** 统筹区（管理员：全部）最近的批次，新的在前。 */
    public List<Batch> recent(@Nullable String regionCode, int limit) {
        return jdbc.sql(BATCHES + " where cast(:region as varchar) is null or b.region_code = :region"
                        + " order by b.id desc limit :limit")
                .param("region", regionCode).param("limit", limit).query(BATCH).list();
    }

    /** 该工作人员可见的批次（经办人：本统筹区）。 */
    public Optional<Batch> find(long id, @Nullable String regionCode) {
        return jdbc.sql(BATCHES + " where b.id = ?").param(id).query(BATCH).optional()
                .filter(b -> regionCode == null || regionCode.equals(b.regionCode()));
    }

    /** 批次的明细，按序号。 */
    public List<Line> lines(long batchId) {
        return jdbc.sql("select * from common_bank_batch_line where batch_id = ? order by line_no").param(batchId)
                .query((rs, n) -> new Line(rs.getInt("line_no"), rs.getString("kind"), rs.getString("reference"),
                        rs.getString("account_number"), rs.getString("account_name"), rs.getString("bank_name"),
                        Money.ofFen(rs.getLong("amount_fen")), rs.getString("purpose"), rs.getString("status"),
                        rs.getString("bank_reference"), rs.getString("reason"))).list();
    }

    /** 批次的代发文件（见 docs/providers.md “银行批量代发”）；文件含完整的收款账号，每次下载都留有审计记录。 */
    public byte[] file(Batch batch, String staffLogin) {
        audit.record("staff:" + staffLogin, "bank-batch:" + batch.batchNo(), "BANK_BATCH_FILE_DOWNLOADED",
                AuditTrail.Channel.STAFF, "count:" + batch.count());
        return BatchFile.write(batch, lines(batch.id()));
    }
}
