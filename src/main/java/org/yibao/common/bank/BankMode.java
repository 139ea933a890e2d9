package org.yibao.common.bank;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 拨付方式（{@code yibao.bank.mode}）：{@code online} 逐笔经 {@link BankTransfers} 联机转账（默认）；{@code batch}
 * 银行批量代发：经办人拨付后付款单为“已提交银行”，由“银行批量代发”页生成代发文件，经办机构在银行的批量系统付款，
 * 再导入回盘文件。其他取值使启动失败。
 */
@Component
public class BankMode {

    private final boolean batch;

    BankMode(@Value("${yibao.bank.mode:online}") String mode) {
        String m = mode.strip().toLowerCase(Locale.ROOT);
        if (!m.equals("online") && !m.equals("batch")) {
            throw new IllegalStateException("yibao.bank.mode must be online or batch, not " + mode);
        }
        this.batch = m.equals("batch");
    }

    /** 批量代发：拨付只排入下一个代发文件，不调用银行。 */
    public boolean batch() {
        return batch;
    }

    /** {@code online} 或 {@code batch}，如 {@code /manage/health} 所示。 */
    public String name() {
        return batch ? "batch" : "online";
    }
}
