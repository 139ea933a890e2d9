package org.yibao.settlement.institution;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.settlement.policy.Accumulators;
import org.yibao.settlement.policy.YearAccumulators;
import tools.jackson.databind.JsonNode;

/**
 * 5203 结算信息查询, 5204 费用明细查询 (both only of the institution's own settlements) and 5206 人员累计信息查询
 * (the person's yearly accumulators: deductible used and fund paid per visit type and fund).
 */
@Component
class QueryTransactions implements FsiTransaction {

    private final PersonIdentification identification;
    private final SettlementRecords records;
    private final SetlInfo setlInfo;
    private final Accumulators accumulators;
    private final JdbcClient jdbc;
    private final Clock clock;

    QueryTransactions(PersonIdentification identification, SettlementRecords records, SetlInfo setlInfo,
                      Accumulators accumulators, JdbcClient jdbc, Clock clock) {
        this.identification = identification;
        this.records = records;
        this.setlInfo = setlInfo;
        this.accumulators = accumulators;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("5203", "5204", "5206");
    }

    @Override
    public Object handle(FsiCall call) {
        JsonNode data = call.data();
        long personId = identification.person(FsiInput.text(data, "psn_no")).id();
        if ("5206".equals(call.infno())) {
            return cumulative(data, personId);
        }
        String setlId = FsiInput.text(data, "setl_id");
        Map<String, Object> row = records.find(setlId, call.institutionCode())
                .filter(r -> ((Number) r.get("person_id")).longValue() == personId)
                .orElseThrow(() -> new FsiRefusal("未找到本机构人员编号psn_no[" + personId + "]的结算ID setl_id[" + setlId + "]"));
        return "5203".equals(call.infno()) ? setlInfo.output(row) : Map.of("feedetail", items(setlId));
    }

    private List<Map<String, Object>> items(String setlId) {
        return jdbc.sql("""
                select r.feedetl_sn, s.mdtrt_id, r.med_list_codg, r.item_name, r.item_class, f.cnt, f.pric_fen,
                       r.det_item_fee_sumamt, r.fulamt_ownpay_amt, r.overlmt_amt, r.preselfpay_amt, r.inscp_scp_amt
                from settlement_item_result r join settlement_settlement s on s.setl_id = r.setl_id
                join settlement_fee f on f.mdtrt_id = s.mdtrt_id and f.feedetl_sn = r.feedetl_sn
                where r.setl_id = ? order by r.feedetl_sn""").param(setlId)
                .query((rs, n) -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("feedetl_sn", rs.getString("feedetl_sn"));
                    out.put("mdtrt_id", rs.getString("mdtrt_id"));
                    out.put("setl_id", setlId);
                    out.put("med_list_codg", rs.getString("med_list_codg"));
                    out.put("medins_list_name", rs.getString("item_name"));
                    out.put("chrgitm_lv", org.yibao.catalog.ItemClass.valueOf(rs.getString("item_class")).chrgitmLv());
                    out.put("cnt", rs.getBigDecimal("cnt"));
                    out.put("pric", Money.ofFen(rs.getLong("pric_fen")));
                    for (String f : new String[]{"det_item_fee_sumamt", "fulamt_ownpay_amt", "overlmt_amt",
                            "preselfpay_amt", "inscp_scp_amt"}) {
                        out.put(f, Money.ofFen(rs.getLong(f)));
                    }
                    return out;
                }).list();
    }

    /** {@code cum_ym} (yyyyMM) picks the year; the current year when absent. */
    private Object cumulative(JsonNode data, long personId) {
        String ym = FsiInput.optional(data, "cum_ym");
        if (ym != null && !ym.matches("\\d{6}|\\d{4}")) {
            throw new FsiRefusal("累计年月cum_ym[" + ym + "]格式错误，应为yyyyMM");
        }
        int year = ym == null ? BusinessTime.today(clock).getYear() : Integer.parseInt(ym.substring(0, 4));
        YearAccumulators all = accumulators.of(personId, year);
        List<Map<String, Object>> cuminfo = all.byBucket().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    String[] key = e.getKey().split("/");
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("year", year);
                    out.put("med_type", key[0]);
                    out.put("fund_pay_type", key[1]);
                    out.put("dedc_cum", e.getValue().deductibleUsed());
                    out.put("fund_pay_cum", e.getValue().fundPaid());
                    return out;
                }).toList();
        return Map.of("cuminfo", cuminfo);
    }
}
