package org.yibao.settlement.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A settlement's fund lines and item results as they are stored in its row: two JSON arrays whose fields are the
 * columns of the views {@code settlement_detail} and {@code settlement_item_result}, amounts in fen.
 */
public final class SettledLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SettledLines() {
    }

    /** One settled fee item: the uploaded line it came from and how it split. */
    public record Item(String feedetlSn, String medListCodg, String itemName, String itemClass, ItemSplit split) {
    }

    /** {@code [{fund_pay_type, fund_payamt_fen}, …]}, ordered by fund type. */
    public static String fundLines(List<FundLine> lines) {
        return JSON.writeValueAsString(fundLineRows(lines));
    }

    /** The fund lines as {@code settlement_detail} answers them: by fund type, the amount in fen. */
    public static List<Map<String, Object>> fundLineRows(List<FundLine> lines) {
        return lines.stream().sorted(java.util.Comparator.comparing(FundLine::fundPayType))
                .map(l -> Map.<String, Object>of("fund_pay_type", l.fundPayType(), "fund_payamt_fen",
                        l.fundPayamt().fen()))
                .toList();
    }

    /** {@code [{feedetl_sn, med_list_codg, item_name, item_class, det_item_fee_sumamt, …}, …]}, in upload order. */
    public static String itemResults(List<Item> items) {
        return JSON.writeValueAsString(items.stream().map(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("feedetl_sn", i.feedetlSn());
            row.put("med_list_codg", i.medListCodg());
            row.put("item_name", i.itemName());
            row.put("item_class", i.itemClass());
            row.put("det_item_fee_sumamt", i.split().total().fen());
            row.put("fulamt_ownpay_amt", i.split().fulamtOwnpayAmt().fen());
            row.put("overlmt_amt", i.split().overlmtAmt().fen());
            row.put("preselfpay_amt", i.split().preselfpayAmt().fen());
            row.put("inscp_scp_amt", i.split().inscpScpAmt().fen());
            return row;
        }).toList());
    }
}
