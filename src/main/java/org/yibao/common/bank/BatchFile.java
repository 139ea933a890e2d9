package org.yibao.common.bank;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;

/**
 * 代发文件与回盘文件的格式（docs/providers.md “银行批量代发”）：逗号分隔的文本，GB18030 编码（GBK 范围内的字符
 * 字节与 GBK 相同），行尾 CRLF，金额以元为单位、两位小数。代发文件第一行为批次号、总笔数、总金额，第二行为列名，
 * 其后每行一笔：序号,收款账号,收款户名,金额,开户行,用途,付款单号。回盘文件第一行为批次号，第二行为列名，其后每行：
 * 付款单号,金额,状态（成功/失败）,银行流水号或失败原因。
 */
final class BatchFile {

    /** 代发文件与回盘文件的编码。 */
    static final Charset CHARSET = Charset.forName("GB18030");

    static final String COLUMNS = "序号,收款账号,收款户名,金额,开户行,用途,付款单号";
    static final String RESULT_COLUMNS = "付款单号,金额,状态,银行流水号或失败原因";

    /** 回盘文件至多的字节数与行数。 */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_LINES = 10_000;

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}\\.\\d{2}");
    private static final Pattern BANK_REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private BatchFile() {
    }

    /** 回盘文件的一行：行号、付款单号、金额、是否成功、银行流水号或失败原因。 */
    record Result(int lineNo, String reference, Money amount, boolean paid, String detail) {
    }

    static byte[] write(BankBatches.Batch batch, List<BankBatches.Line> lines) {
        StringBuilder out = new StringBuilder();
        out.append("批次号,").append(batch.batchNo()).append(",总笔数,").append(batch.count()).append(",总金额,")
                .append(batch.total()).append("\r\n").append(COLUMNS).append("\r\n");
        for (BankBatches.Line l : lines) {
            out.append(l.lineNo()).append(',').append(field(l.accountNumber())).append(',')
                    .append(field(l.accountName())).append(',').append(l.amount()).append(',')
                    .append(field(l.bankName())).append(',').append(field(l.purpose())).append(',')
                    .append(l.reference()).append("\r\n");
        }
        return out.toString().getBytes(CHARSET);
    }

    /** 文本字段中的逗号写为全角“，”，换行与引号去掉：银行的格式不加引号。 */
    private static String field(String text) {
        return text.replace(',', '，').replaceAll("[\r\n\"]", "").strip();
    }

    /**
     * 读回盘文件：严格按 GB18030（以 UTF-8 BOM 开头时按 UTF-8）解码，逐行检查格式；任何一处不符即拒绝，
     * 错误信息指出行号。
     */
    static List<Result> read(byte[] content, String batchNo) {
        if (content.length == 0) {
            throw BusinessException.invalid("file", "BANK_RESULT_EMPTY");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.invalid("file", "BANK_RESULT_TOO_LARGE", MAX_BYTES / 1024 / 1024);
        }
        String[] lines = decode(content).split("\r?\n", -1);
        if (lines.length > MAX_LINES + 1 || lines.length == MAX_LINES + 1 && !lines[MAX_LINES].isEmpty()) {
            throw BusinessException.invalid("file", "BANK_RESULT_TOO_MANY_LINES", MAX_LINES);
        }
        String[] header = lines[0].split(",", -1);
        if (header.length < 2 || !header[0].strip().equals("批次号") || !header[1].strip().equals(batchNo)) {
            throw BusinessException.invalid("file", "BANK_RESULT_WRONG_BATCH", batchNo);
        }
        if (lines.length < 2 || !lines[1].strip().equals(RESULT_COLUMNS)) {
            throw BusinessException.invalid("file", "BANK_RESULT_COLUMNS", RESULT_COLUMNS);
        }
        List<Result> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 2; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Result r = line(i + 1, lines[i]);
            if (!seen.add(r.reference())) {
                throw BusinessException.invalid("file", "BANK_RESULT_DUPLICATE", i + 1, r.reference());
            }
            results.add(r);
        }
        if (results.isEmpty()) {
            throw BusinessException.invalid("file", "BANK_RESULT_NO_LINES");
        }
        return results;
    }

    private static Result line(int lineNo, String text) {
        String[] f = text.split(",", -1);
        if (f.length != 4) {
            throw BusinessException.invalid("file", "BANK_RESULT_LINE_FORMAT", lineNo);
        }
        String reference = f[0].strip();
        String amount = f[1].strip();
        String status = f[2].strip();
        String detail = f[3].strip();
        if (!REFERENCE.matcher(reference).matches() || !AMOUNT.matcher(amount).matches()) {
            throw BusinessException.invalid("file", "BANK_RESULT_LINE_FORMAT", lineNo);
        }
        boolean paid = status.equals("成功");
        if (!paid && !status.equals("失败")) {
            throw BusinessException.invalid("file", "BANK_RESULT_STATUS", lineNo, status);
        }
        if (paid ? !BANK_REFERENCE.matcher(detail).matches()
                : detail.isEmpty() || detail.length() > 200 || CONTROL.matcher(detail).find()) {
            throw BusinessException.invalid("file", paid ? "BANK_RESULT_BANK_REFERENCE" : "BANK_RESULT_REASON",
                    lineNo);
        }
        return new Result(lineNo, reference, Money.ofYuan(amount), paid, detail);
    }

    private static String decode(byte[] content) {
        boolean bom = content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
        ByteBuffer in = ByteBuffer.wrap(content, bom ? 3 : 0, content.length - (bom ? 3 : 0));
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = (bom ? StandardCharsets.UTF_8 : CHARSET).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int lineNo = 1;
            for (int i = 0; i < in.position(); i++) {
                lineNo += content[i] == '\n' ? 1 : 0;
            }
            throw BusinessException.invalid("file", "BANK_RESULT_ENCODING", lineNo);
        }
        return out.flip().toString();
    }
}
