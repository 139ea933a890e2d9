package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.catalog.ItemClass;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.settlement.policy.Accumulators;
import org.yibao.settlement.policy.YearAccumulators;
import tools.jackson.databind.JsonNode;

/**
 * 5203 结算信息查询, 5204 费用明细查询 (both only of the institution's own settlements; 5204's {@code output} is
 * the list of fee records itself, as the national interface answers it) and 5206 人员累计信息查询
 * (the person's yearly accumulators: deductible used and fund paid per visit type and fund).
 */
@Component
class QueryTransactions implements FsiTransaction {

    /** 5204 fields Yibao does not keep: prescription, dosage, staff, department and drug details. */
    private static final List<String> NOT_KEPT = List.of("rx_drord_no", "sin_dos_dscr", "used_frqu_dscr", "prd_days",
            "medc_way_dscr", "prodname", "dosform_name", "bilg_dept_codg", "bilg_dept_name", "bilg_dr_codg",
            "bilg_dr_name", "acord_dept_codg", "acord_dept_name", "orders_dr_code", "orders_dr_name", "hosp_prep_flag",
            "hosp_appr_flag", "tcmdrug_used_way", "prodplac_type", "etip_flag", "etip_hosp_code", "dscg_tkdrug_flag",
            "matn_fee_flag", "memo");
    /** The catalog fields of an item no longer in the catalog (its price cap unknown: none). */
    private static final Map<String, Object> UNKNOWN_ITEM = Map.of("selfpay_prop",
            java.math.BigDecimal.ZERO.setScale(2), "list_type", "", "med_chrgitm_type", "", "spec", "");

    private final PersonIdentification identification;
    private final SettlementRecords records;
    private final SetlInfo setlInfo;
    private final RoundTrips roundTrips;
    private final MedicalCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;

    QueryTransactions(PersonIdentification identification, SettlementRecords records, SetlInfo setlInfo,
                      RoundTrips roundTrips, MedicalCatalog catalog, JdbcClient jdbc, Clock clock) {
        this.catalog = catalog;
        this.identification = identification;
        this.records = records;
        this.setlInfo = setlInfo;
        this.roundTrips = roundTrips;
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
        return "5203".equals(call.infno()) ? setlInfo.output(row) : items(row);
    }

    /**
     * 5204's records with the national fields: what the upload sent, how the catalog classifies the item and how the
     * settlement split it; the prescription, staff and department fields Yibao does not keep are empty.
     */
    private List<Map<String, @Nullable Object>> items(Map<String, Object> settlement) {
        String setlId = (String) settlement.get("setl_id");
        return jdbc.sql("""
                select r.feedetl_sn, s.mdtrt_id, r.med_list_codg, r.item_name, r.item_class, f.cnt, f.pric_fen,
                       f.fee_ocur_time, f.medins_list_codg, f.chrg_bchno,
                       r.det_item_fee_sumamt, r.fulamt_ownpay_amt, r.overlmt_amt, r.preselfpay_amt, r.inscp_scp_amt
                from settlement_item_result r join settlement_settlement s on s.setl_id = r.setl_id
                join settlement_fee f on f.mdtrt_id = s.mdtrt_id and f.feedetl_sn = r.feedetl_sn
                where r.setl_id = ? order by r.feedetl_sn""").param(setlId)
                .query((rs, n) -> {
                    Map<String, @Nullable Object> out = new LinkedHashMap<>();
                    String code = rs.getString("med_list_codg");
                    out.put("feedetl_sn", rs.getString("feedetl_sn"));
                    out.put("mdtrt_id", rs.getString("mdtrt_id"));
                    out.put("setl_id", setlId);
                    out.put("psn_no", settlement.get("person_id").toString());
                    out.put("med_type", settlement.get("med_type"));
                    out.put("fee_ocur_time", FsiInput.TIME.format(rs.getObject("fee_ocur_time", OffsetDateTime.class)
                            .atZoneSameInstant(BusinessTime.ZONE)));
                    out.put("cnt", rs.getBigDecimal("cnt"));
                    out.put("pric", Money.ofFen(rs.getLong("pric_fen")));
                    for (String f : new String[]{"det_item_fee_sumamt", "fulamt_ownpay_amt", "overlmt_amt",
                            "preselfpay_amt", "inscp_scp_amt"}) {
                        out.put(f, Money.ofFen(rs.getLong(f)));
                    }
                    out.put("chrgitm_lv", ItemClass.valueOf(rs.getString("item_class")).chrgitmLv());
                    out.put("med_list_codg", code);
                    out.put("medins_list_codg", Objects.requireNonNullElse(rs.getString("medins_list_codg"), ""));
                    out.put("medins_list_name", rs.getString("item_name"));
                    out.put("hilist_code", code);
                    out.put("hilist_name", rs.getString("item_name"));
                    out.put("chrg_bchno", Objects.requireNonNullElse(rs.getString("chrg_bchno"), ""));
                    catalog.find(code).ifPresentOrElse(item -> {
                        out.put("pric_uplmt_amt", item.priceCap()); // none for 丙类, as 2204 answers it
                        out.put("selfpay_prop", NationalItemCodes.selfpayProp(item));
                        out.put("list_type", NationalItemCodes.listType(item));
                        out.put("med_chrgitm_type", NationalItemCodes.medChrgitmType(item));
                        out.put("spec", Objects.requireNonNullElse(item.specification(), ""));
                    }, () -> {
                        out.put("pric_uplmt_amt", null);
                        out.putAll(UNKNOWN_ITEM);
                    });
                    out.putAll(NationalItemCodes.FLAGS);
                    NOT_KEPT.forEach(f -> out.put(f, ""));
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
        YearAccumulators all = roundTrips.run(Accumulators.of(new PersonId(personId), year));
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
