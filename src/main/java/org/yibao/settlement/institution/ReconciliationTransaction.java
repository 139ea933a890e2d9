package org.yibao.settlement.institution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessTime;
import tools.jackson.databind.JsonNode;

/**
 * 3201 对总账: the institution sends its totals of live settlements for a period and insurance type; the answer
 * says whether they agree with ours ({@code stmtinfo.stmt_rslt} 0 平, 1 不平, as the national node) and gives our
 * totals to find the difference. Our totals are summed as exact decimals, in the database and here, so that no number
 * of settlements can overflow them; the institution's are bounded amounts ({@link FsiInput#money}).
 */
@Component
class ReconciliationTransaction implements FsiTransaction {

    private final JdbcClient jdbc;

    ReconciliationTransaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("3201");
    }

    @Override
    public Object handle(FsiCall call) {
        JsonNode data = call.data();
        LocalDate from = date(data, "stmt_begndate");
        LocalDate to = date(data, "stmt_enddate");
        if (to.isBefore(from)) {
            throw new FsiRefusal("对账结束日期stmt_enddate早于开始日期stmt_begndate");
        }
        Totals ours = jdbc.sql("""
                select coalesce(sum(medfee_sumamt), 0), coalesce(sum(fund_pay_sumamt), 0), coalesce(sum(acct_pay), 0),
                       count(*) from settlement_settlement
                where institution_code = ? and insutype = ? and status = 'SETTLED' and setl_time >= ? and setl_time < ?""")
                .params(call.institutionCode(), FsiInput.text(data, "insutype"),
                        from.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime())
                .query((rs, n) -> new Totals(yuan(rs.getBigDecimal(1)), yuan(rs.getBigDecimal(2)),
                        yuan(rs.getBigDecimal(3)), rs.getLong(4))).single();
        Totals theirs = new Totals(FsiInput.money(data, "medfee_sumamt").yuan(),
                FsiInput.money(data, "fund_pay_sumamt").yuan(), FsiInput.money(data, "acct_pay").yuan(), count(data));
        boolean agree = ours.equals(theirs);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("setl_optins", call.institution().regionCode());
        result.put("stmt_rslt", agree ? "0" : "1");
        result.put("stmt_rslt_dscr", agree ? "对账平" : "对账不平：医保侧医疗费总额" + ours.medfee() + "元、基金支付"
                + ours.fund() + "元、个人账户支付" + ours.acct() + "元、结算" + ours.count() + "笔");
        result.put("medfee_sumamt", ours.medfee());
        result.put("fund_pay_sumamt", ours.fund());
        result.put("acct_pay", ours.acct());
        result.put("fixmedins_setl_cnt", ours.count());
        return Map.of("stmtinfo", result);
    }

    /** Totals in yuan with two decimals, exact whatever their size. */
    private record Totals(BigDecimal medfee, BigDecimal fund, BigDecimal acct, long count) {
    }

    private static BigDecimal yuan(BigDecimal fen) {
        return fen.movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static long count(JsonNode data) {
        BigDecimal count = FsiInput.decimal(data, "fixmedins_setl_cnt");
        if (count.signum() < 0 || count.stripTrailingZeros().scale() > 0) {
            throw new FsiRefusal("结算笔数fixmedins_setl_cnt[" + count.toPlainString() + "]必须是非负整数");
        }
        return count.longValue();
    }

    private static LocalDate date(JsonNode data, String field) {
        String text = FsiInput.text(data, field);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new FsiRefusal("输入参数[" + field + "]日期格式错误，应为yyyy-MM-dd：" + text);
        }
    }
}
