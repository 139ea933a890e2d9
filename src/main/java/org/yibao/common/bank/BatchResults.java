package org.yibao.common.bank;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;

/**
 * 导入回盘文件：银行的结果文件是外部输入。整个文件先逐行检查（格式、编码、付款单号属于本批次、金额与代发明细一致到分、
 * 无重复），任何一行不符即整体拒绝并指出行号，什么也不改；全部通过后在同一事务中逐笔办理：成功为已拨付（附银行流水号），
 * 失败按银行退回办理（附原因），与联机拨付相同。已按同样结果导入过的行不再办理，所以同一回盘文件导入两次，第二次不改变
 * 任何内容；与已导入结果相矛盾的行使整个文件被拒绝。文件中没有的付款单仍待回盘。
 */
@Service
public class BatchResults {

    /** 一次导入：新办理的成功与失败笔数，已导入过的笔数，仍待回盘的笔数。 */
    public record Imported(int paid, int refused, int unchanged, int waiting) {
    }

    private final JdbcClient jdbc;
    private final BankBatches batches;
    private final Map<String, BatchPayments> payments;
    private final AuditTrail audit;
    private final Clock clock;

    BatchResults(JdbcClient jdbc, BankBatches batches, List<BatchPayments> payments, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.payments = payments.stream().collect(Collectors.toMap(BatchPayments::kind, Function.identity()));
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Imported importResult(long batchId, @Nullable String regionCode, String staffLogin, byte[] content) {
        jdbc.sql("select id from common_bank_batch where id = ? for update").param(batchId).query(Long.class)
                .optional();
        BankBatches.Batch batch = batches.find(batchId, regionCode)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "BANK_BATCH_NOT_FOUND"));
        List<BatchFile.Result> results = BatchFile.read(content, batch.batchNo());
        Map<String, BankBatches.Line> lines = batches.lines(batchId).stream()
                .collect(Collectors.toMap(BankBatches.Line::reference, Function.identity()));
        List<BatchFile.Result> decide = new ArrayList<>();
        for (BatchFile.Result r : results) {
            BankBatches.Line line = lines.get(r.reference());
            if (line == null) {
                boolean known = jdbc.sql("select count(*) from common_bank_batch_line where reference = ?")
                        .param(r.reference()).query(Long.class).single() > 0;
                throw BusinessException.invalid("file", known ? "BANK_RESULT_OTHER_BATCH" : "BANK_RESULT_UNKNOWN",
                        r.lineNo(), r.reference());
            }
            if (line.amount().fen() != r.amount().fen()) {
                throw BusinessException.invalid("file", "BANK_RESULT_AMOUNT", r.lineNo(), r.reference(), r.amount(),
                        line.amount());
            }
            if (line.status().equals("WAITING")) {
                decide.add(r);
            } else if (!sameOutcome(line, r)) {
                throw BusinessException.invalid("file", "BANK_RESULT_CONTRADICTS", r.lineNo(), r.reference());
            }
        }
        String actor = "staff:" + staffLogin;
        for (BatchFile.Result r : decide) {
            BankBatches.Line line = lines.get(r.reference());
            jdbc.sql("""
                    update common_bank_batch_line set status = ?, bank_reference = ?, reason = ?
                    where batch_id = ? and line_no = ? and status = 'WAITING'""")
                    .params(r.paid() ? "PAID" : "REFUSED", r.paid() ? r.detail() : null, r.paid() ? null : r.detail(),
                            batchId, line.lineNo()).update();
            BatchPayments kind = payments.get(line.kind());
            if (r.paid()) {
                kind.paid(r.reference(), r.detail(), actor);
            } else {
                kind.refused(r.reference(), r.detail(), actor);
            }
        }
        int paid = (int) decide.stream().filter(BatchFile.Result::paid).count();
        if (!decide.isEmpty()) {
            jdbc.sql("update common_bank_batch set status = 'IMPORTED', imported_by = ?, imported_at = ? where id = ?")
                    .params(staffLogin, OffsetDateTime.now(clock), batchId).update();
            audit.record(actor, "bank-batch:" + batch.batchNo(), "BANK_BATCH_RESULT_IMPORTED",
                    AuditTrail.Channel.STAFF, "paid:%d refused:%d".formatted(paid, decide.size() - paid));
        }
        int waiting = batch.waiting() - decide.size();
        return new Imported(paid, decide.size() - paid, results.size() - decide.size(), waiting);
    }

    private static boolean sameOutcome(BankBatches.Line line, BatchFile.Result r) {
        return r.paid() ? line.status().equals("PAID") && r.detail().equals(line.bankReference())
                : line.status().equals("REFUSED") && r.detail().equals(line.reason());
    }
}
