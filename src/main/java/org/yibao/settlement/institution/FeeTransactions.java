package org.yibao.settlement.institution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.catalog.MedicalItem;
import org.yibao.common.Money;
import org.yibao.common.RoundTrips;
import org.yibao.settlement.policy.FeeItem;
import org.yibao.settlement.policy.InputLimits;
import org.yibao.settlement.policy.ItemClassification;
import org.yibao.settlement.policy.ItemSplit;
import tools.jackson.databind.JsonNode;

/**
 * 2204 / 2301 费用明细上传 and 2205 / 2302 撤销. Each item must be in the 医保目录, stay within the region's
 * {@link InputLimits} (unit price, quantity, line total) and add up to the fen ({@code det_item_fee_sumamt} =
 * {@code cnt} × {@code pric} rounded half-up to the fen, as the policy engine computes it); one bad item refuses the
 * whole upload. The answer shows how the catalog classifies each item (price cap, 先行自付, in scope).
 */
@Component
class FeeTransactions implements FsiTransaction {

    private final PersonIdentification identification;
    private final Visits visits;
    private final Fees fees;
    private final MedicalCatalog catalog;
    private final RoundTrips roundTrips;
    private final InputLimits limits;

    FeeTransactions(PersonIdentification identification, Visits visits, Fees fees, MedicalCatalog catalog,
                    RoundTrips roundTrips, InputLimits limits) {
        this.roundTrips = roundTrips;
        this.limits = limits;
        this.identification = identification;
        this.visits = visits;
        this.fees = fees;
        this.catalog = catalog;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("2204", "2205", "2301", "2302");
    }

    @Override
    public Object handle(FsiCall call) {
        Set<String> open = call.infno().startsWith("23") ? Set.of(Visits.IN_HOSPITAL, Visits.DISCHARGED)
                : Set.of(Visits.REGISTERED);
        if (call.infno().endsWith("04") || call.infno().endsWith("01")) {
            return upload(call, FsiInput.array(call.input(), "feedetail"), open);
        }
        JsonNode data = call.data();
        String mdtrtId = FsiInput.text(data, "mdtrt_id");
        visits.lockOwned(mdtrtId, call.institutionCode(), identification.person(FsiInput.text(data, "psn_no")).id(), open);
        fees.cancel(mdtrtId, FsiInput.optional(data, "chrg_bchno"));
        return Map.of();
    }

    /**
     * Adds the items to their visits, all or none; answers {@code {result:[…]}}. Locking the visits named and adding
     * the items travel in one round trip before the commit, and are judged there: each visit must exist, be the
     * person's and open ({@link Visits#owned}), and each item must not be live already nor named twice
     * ({@link Fees#firstRefused}); a refusal rolls everything back.
     */
    Object upload(FsiCall call, JsonNode items, Set<String> open) {
        List<Map<String, @Nullable Object>> result = new ArrayList<>();
        List<Fees.VisitFee> added = new ArrayList<>();
        Set<Named> visitsNamed = new LinkedHashSet<>();
        InputLimits.Limits bounds = limits.of(call.institution().regionCode());
        for (JsonNode item : items) {
            String mdtrtId = FsiInput.text(item, "mdtrt_id");
            String psnNo = FsiInput.text(item, "psn_no");
            visitsNamed.add(new Named(mdtrtId, psnNo));
            Fees.Fee fee = fee(item, bounds);
            added.add(new Fees.VisitFee(mdtrtId, fee));
            result.add(result(fee, catalog.find(fee.medListCodg()).orElseThrow()));
        }
        visitsNamed.forEach(v -> roundTrips.defer(Visits.lock(v.mdtrtId(), call.institutionCode()),
                visit -> Visits.owned(visit, v.mdtrtId(), personId(v.psnNo(), visit), open)));
        roundTrips.defer(Fees.addAll(added, call.msgid()),
                inserted -> Fees.firstRefused(added, inserted).ifPresent(FeeTransactions::refuseTaken));
        return Map.of("result", result);
    }

    private static void refuseTaken(Fees.VisitFee taken) {
        throw new FsiRefusal("费用明细流水号feedetl_sn[" + taken.fee().feedetlSn() + "]在该就诊中已上传");
    }

    /** A visit an upload names, with the person it names for it. */
    private record Named(String mdtrtId, String psnNo) {
    }

    /** The person of {@code psn_no}: the visit's own when it names them, else read (and refused when unknown). */
    private long personId(String psnNo, Visits.@Nullable Visit visit) {
        if (visit != null && psnNo.equals(Long.toString(visit.personId()))) {
            return visit.personId();
        }
        return identification.person(psnNo).id();
    }

    private Fees.Fee fee(JsonNode item, InputLimits.Limits bounds) {
        String sn = FsiInput.text(item, "feedetl_sn");
        String code = FsiInput.text(item, "med_list_codg");
        MedicalItem catalogItem = catalog.find(code)
                .orElseThrow(() -> new FsiRefusal("费用明细[" + sn + "]的医保目录编码med_list_codg[" + code + "]不存在"));
        BigDecimal cnt = FsiInput.decimal(item, "cnt");
        if (cnt.signum() <= 0 || cnt.stripTrailingZeros().scale() > 4) {
            throw new FsiRefusal("费用明细[" + sn + "]的数量cnt[" + cnt.toPlainString() + "]错误（须大于0，最多四位小数）");
        }
        Money pric = FsiInput.money(item, "pric");
        Money sum = FsiInput.money(item, "det_item_fee_sumamt");
        if (cnt.compareTo(bounds.maxCount()) > 0) {
            throw overLimit(sn, "数量cnt", cnt.stripTrailingZeros().toPlainString(),
                    bounds.maxCount().stripTrailingZeros().toPlainString());
        }
        if (pric.compareTo(bounds.maxPrice()) > 0) {
            throw overLimit(sn, "单价pric", pric.toString(), bounds.maxPrice() + "元");
        }
        if (sum.compareTo(bounds.maxItemTotal()) > 0) {
            throw overLimit(sn, "金额det_item_fee_sumamt", sum.toString(), bounds.maxItemTotal() + "元");
        }
        Money expected = pric.times(cnt);
        if (!expected.equals(sum)) {
            throw new FsiRefusal("费用明细[" + sn + "]金额不符：det_item_fee_sumamt[" + sum + "]不等于数量cnt["
                    + cnt.stripTrailingZeros().toPlainString() + "]×单价pric[" + pric + "]=" + expected
                    + "（四舍五入到分）");
        }
        String medinsListCodg = FsiInput.optional(item, "medins_list_codg");
        if (medinsListCodg != null && medinsListCodg.length() > 30) {
            throw new FsiRefusal("费用明细[" + sn + "]的医药机构目录编码medins_list_codg过长（最多30位）");
        }
        return new Fees.Fee(sn, FsiInput.optional(item, "chrg_bchno"), code, catalogItem.name(),
                cnt.setScale(4, RoundingMode.UNNECESSARY), pric, sum, FsiInput.time(item, "fee_ocur_time"),
                medinsListCodg);
    }

    private static FsiRefusal overLimit(String sn, String what, String value, String limit) {
        return new FsiRefusal("费用明细[" + sn + "]的" + what + "[" + value + "]超过本地区上限" + limit);
    }

    private static Map<String, @Nullable Object> result(Fees.Fee fee, MedicalItem item) {
        ItemSplit split = ItemClassification.split(FeeItem.of(item, fee.cnt(), fee.pric()));
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        out.put("feedetl_sn", fee.feedetlSn());
        out.put("det_item_fee_sumamt", fee.detItemFeeSumamt());
        out.put("cnt", fee.cnt());
        out.put("pric", fee.pric());
        out.put("pric_uplmt_amt", item.priceCap());
        out.put("selfpay_prop", NationalItemCodes.selfpayProp(item));
        out.put("fulamt_ownpay_amt", split.fulamtOwnpayAmt());
        out.put("overlmt_amt", split.overlmtAmt());
        out.put("preselfpay_amt", split.preselfpayAmt());
        out.put("inscp_scp_amt", split.inscpScpAmt());
        out.put("chrgitm_lv", item.itemClass().chrgitmLv());
        out.put("med_chrgitm_type", NationalItemCodes.medChrgitmType(item));
        out.putAll(NationalItemCodes.FLAGS);
        out.put("memo", "");
        return out;
    }
}
