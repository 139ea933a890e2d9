package org.yibao.settlement.institution;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.settlement.selfpay.CashOrder;
import org.yibao.settlement.selfpay.CashOrders;
import tools.jackson.databind.JsonNode;

/**
 * 5270 自费支付订单查询 (Yibao's own transaction, not in the national list): the state of the 自费支付 order that the
 * cash part of one of the institution's settlements became, so the HIS knows whether the patient has paid it in the
 * app. Only the institution's own settlements; a settlement without a cash part has no order.
 */
@Component
class CashOrderTransaction implements FsiTransaction {

    private static final Map<CashOrder.Status, String[]> STATES = Map.of(
            CashOrder.Status.UNPAID, new String[] {"0", "待支付"}, CashOrder.Status.PAID, new String[] {"1", "已支付"},
            CashOrder.Status.EXPIRED, new String[] {"2", "已过期"}, CashOrder.Status.CANCELLED,
            new String[] {"3", "已取消"}, CashOrder.Status.REFUNDING, new String[] {"4", "退款中"},
            CashOrder.Status.REFUNDED, new String[] {"4", "已退款"});

    private final PersonIdentification identification;
    private final CashOrders orders;

    CashOrderTransaction(PersonIdentification identification, CashOrders orders) {
        this.identification = identification;
        this.orders = orders;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("5270");
    }

    @Override
    public Object handle(FsiCall call) {
        JsonNode data = call.data();
        long personId = identification.person(FsiInput.text(data, "psn_no")).id();
        String setlId = FsiInput.text(data, "setl_id");
        CashOrder order = orders.ofSettlement(setlId, call.institutionCode()).filter(o -> o.personId() == personId)
                .orElseThrow(() -> new FsiRefusal("本机构人员编号psn_no[" + personId + "]的结算ID setl_id[" + setlId
                        + "]没有自费支付订单（结算不存在或个人现金支付为0）"));
        Map<String, @Nullable Object> info = new LinkedHashMap<>();
        info.put("ord_no", order.orderNo());
        info.put("setl_id", order.setlId());
        info.put("mdtrt_id", order.mdtrtId());
        info.put("psn_no", Long.toString(order.personId()));
        info.put("ord_amt", order.amount());
        info.put("ord_stas", STATES.get(order.status())[0]);
        info.put("ord_stas_name", STATES.get(order.status())[1]);
        info.put("crte_time", time(order.createdAt()));
        info.put("expy_time", time(order.expiresAt()));
        info.put("pay_time", time(order.paidAt()));
        info.put("pay_chnl", order.channel());
        info.put("pay_chnl_sn", order.channelRef());
        info.put("clos_time", time(order.closedAt()));
        return Map.of("ordinfo", info);
    }

    private static @Nullable String time(@Nullable OffsetDateTime t) {
        return t == null ? null : FsiInput.TIME.format(t);
    }
}
