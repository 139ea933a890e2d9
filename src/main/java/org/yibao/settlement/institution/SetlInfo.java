package org.yibao.settlement.institution;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/**
 * {@code setlinfo} and {@code setldetail} of a stored settlement, every field of the national tables (API.md §1;
 * 0.00 or empty where Yibao has no value, never absent), amounts in yuan with two decimals. Built from the stored row, so 2207, its repeats and 5203 always agree.
 */
@Component
class SetlInfo {

    private static final List<String> AMOUNTS = List.of("medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay",
            "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc", "hifp_pay", "pool_prop_selfpay");
    private static final List<String> PAID = List.of("fund_pay_sumamt", "psn_part_amt", "acct_pay", "acct_mulaid_pay",
            "psn_cash_pay", "balc");
    /**
     * The funds after 统筹基金, in the national order: 大病保险, 职工大额 and 医疗救助 as the settlement stored them (0.00
     * before they were paid), the others Yibao does not pay from always 0.00.
     */
    private static final List<String> OTHER_FUNDS = List.of("cvlserv_pay", "hifes_pay", "hifmi_pay", "hifob_pay",
            "maf_pay", "hifdm_pay", "oth_pay");
    private static final java.util.Set<String> LAYERS = java.util.Set.of("hifmi_pay", "hifob_pay", "maf_pay");
    /** {@code setl_proc_info} is at most 4000 characters. */
    private static final int PROC_INFO_MAX = 4000;

    private final InsuredPersons persons;
    private final SettlementRecords records;

    SetlInfo(InsuredPersons persons, SettlementRecords records) {
        this.persons = persons;
        this.records = records;
    }

    Map<String, Object> output(Map<String, Object> row) {
        return Map.of("setlinfo", setlinfo(row), "setldetail", setldetail(row));
    }

    /** The output of a settlement just stored, from what storing it answered: nothing is read again. */
    Map<String, Object> output(Settling.Settled settled, InsuredPerson person) {
        return output(setlinfo(settled.row(), person), settled);
    }

    Map<String, Object> output(Settling.Settled settled) {
        return output(settled, person(settled.row()));
    }

    /**
     * The output of 预结算 (2206, 2303, 2101): what settling would answer, with an empty {@code setl_id}, for the
     * trial is rolled back and no settlement of that id exists.
     */
    Map<String, Object> trialOutput(Settling.Settled settled, InsuredPerson person) {
        Map<String, @Nullable Object> info = setlinfo(settled.row(), person);
        info.put("setl_id", "");
        return output(info, settled);
    }

    Map<String, Object> trialOutput(Settling.Settled settled) {
        return trialOutput(settled, person(settled.row()));
    }

    private Map<String, Object> output(Map<String, @Nullable Object> setlinfo, Settling.Settled settled) {
        return Map.of("setlinfo", setlinfo, "setldetail", setldetail(settled.details(), settled.row()));
    }

    private InsuredPerson person(Map<String, Object> row) {
        return persons.find(((Number) row.get("person_id")).longValue()).orElseThrow();
    }

    Map<String, @Nullable Object> setlinfo(Map<String, Object> row) {
        return setlinfo(row, person(row));
    }

    private Map<String, @Nullable Object> setlinfo(Map<String, Object> row, InsuredPerson p) {
        if (p.id() != ((Number) row.get("person_id")).longValue()) {
            throw new IllegalArgumentException("settlement " + row.get("setl_id") + " is not of person " + p.id());
        }
        OffsetDateTime setlTime = instant(row.get("setl_time")).atZone(BusinessTime.ZONE).toOffsetDateTime();
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        out.put("mdtrt_id", row.get("mdtrt_id"));
        out.put("setl_id", row.get("setl_id"));
        out.put("psn_no", Long.toString(p.id()));
        out.put("psn_name", p.name());
        out.put("psn_cert_type", "01");
        out.put("certno", p.idNumber().value());
        out.put("gend", p.gender().code());
        out.put("naty", "01"); // as 1101 answers it
        out.put("brdy", p.birthDate().toString());
        out.put("age", Period.between(p.birthDate(), setlTime.toLocalDate()).getYears());
        out.put("insutype", row.get("insutype"));
        out.put("psn_type", textOf(row.get("psn_type")));
        out.put("cvlserv_flag", "0");
        out.put("setl_time", FsiInput.TIME.format(setlTime));
        out.put("mdtrt_cert_type", textOf(row.get("mdtrt_cert_type")));
        out.put("med_type", row.get("med_type"));
        AMOUNTS.forEach(f -> out.put(f, yuan(row.get(f))));
        OTHER_FUNDS.forEach(f -> out.put(f, LAYERS.contains(f) ? yuan(row.get(f)) : Money.ZERO));
        PAID.forEach(f -> out.put(f, yuan(row.get(f))));
        out.put("hosp_part_amt", Money.ZERO);
        out.put("medins_setl_id", row.get("medins_setl_id"));
        out.put("clr_optins", row.get("region_code"));
        out.put("clr_way", "1");
        out.put("clr_type", ((String) row.get("med_type")).startsWith("2") ? "21" : "11");
        return out;
    }

    /** The fund lines of a stored settlement, read with it. */
    List<Map<String, Object>> setldetail(Map<String, Object> row) {
        return setldetail(records.details((String) row.get("setl_id")), row);
    }

    /**
     * Each fund line with the national fields: the amount within policy scope it paid on, the settlement's
     * explanation as {@code setl_proc_info}; {@code crt_payb_lmt_amt} (本次可支付限额) is not computed: 0.00.
     */
    private static List<Map<String, Object>> setldetail(List<Map<String, Object>> details, Map<String, Object> row) {
        String explanation = textOf(row.get("explanation"));
        String procInfo = explanation.length() > PROC_INFO_MAX ? explanation.substring(0, PROC_INFO_MAX) : explanation;
        Money inScope = yuan(row.get("inscp_scp_amt"));
        return details.stream().map(d -> {
            Map<String, Object> line = new LinkedHashMap<>();
            String type = (String) d.get("fund_pay_type");
            line.put("fund_pay_type", type);
            line.put("inscp_scp_amt", inScope);
            line.put("crt_payb_lmt_amt", Money.ZERO);
            line.put("fund_payamt", yuan(d.get("fund_payamt_fen")));
            line.put("fund_pay_type_name", fundName(type));
            line.put("setl_proc_info", procInfo);
            return line;
        }).toList();
    }

    private static String fundName(String type) {
        return switch (type) {
            case "390200" -> "城乡居民大病医疗保险资金";
            case "330100" -> "职工大额医疗费用补助基金";
            case "610100" -> "医疗救助基金";
            case "510100" -> "生育保险基金";
            default -> type.startsWith("310") ? "职工基本医疗保险统筹基金" : "城乡居民基本医疗保险基金";
        };
    }

    private static String textOf(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static Instant instant(Object time) {
        return time instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) time).toInstant();
    }

    static Money yuan(@Nullable Object fen) {
        return Money.ofFen(fen == null ? 0 : ((Number) fen).longValue());
    }
}
