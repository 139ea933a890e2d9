package org.yibao.settlement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.settlement.selfpay.CashOrder;
import org.yibao.settlement.selfpay.CashOrders;

/** Citizen REST API: 自费支付 orders (the cash part of a settlement) and paying one through the payment channel. */
@RestController
@RequestMapping("/api/v1/selfpay/orders")
@Tag(name = "自费支付 Self-pay")
class SelfPayApi {

    private final CashOrders orders;
    private final CurrentCitizen citizen;

    SelfPayApi(CashOrders orders, CurrentCitizen citizen) {
        this.orders = orders;
        this.citizen = citizen;
    }

    record OrderView(String orderNo, String setlId, String mdtrtId, String institutionCode, String institutionName,
                     String medType, BigDecimal amount, String status, OffsetDateTime createdAt,
                     OffsetDateTime expiresAt, @Nullable OffsetDateTime paidAt, @Nullable String channel,
                     @Nullable String channelRef, @Nullable String paymentUrl) {

        static OrderView of(CashOrder o) {
            return new OrderView(o.orderNo(), o.setlId(), o.mdtrtId(), o.institutionCode(), o.institutionName(),
                    o.medType(), o.amount().yuan(), o.status().name(), o.createdAt(), o.expiresAt(), o.paidAt(),
                    o.channel(), o.channelRef(), o.paymentUrl());
        }
    }

    record PayRequest(@Nullable String idempotencyKey) {
    }

    @GetMapping
    @Operation(summary = "自费支付 orders of the citizen, newest first; status UNPAID, PAID, EXPIRED, CANCELLED, REFUNDING (the provider has not yet returned it) or REFUNDED")
    List<OrderView> list() {
        return orders.ofPerson(me()).stream().map(OrderView::of).toList();
    }

    @GetMapping("/{orderNo}")
    OrderView one(@PathVariable String orderNo) {
        return orders.find(me(), orderNo).map(OrderView::of)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SELFPAY_NOT_FOUND"));
    }

    @PostMapping("/{orderNo}/payment")
    @Operation(summary = "立即支付 through the payment channel (503 when none is connected); the same idempotencyKey "
            + "(8–64 letters, digits, - or _) again answers the same paid order; a second payment is refused. A real "
            + "channel (微信支付) answers the order still UNPAID with paymentUrl, the code the citizen pays in the "
            + "provider's app; the provider's notification then marks it PAID")
    OrderView pay(@PathVariable String orderNo, @RequestBody PayRequest body) {
        long me = me();
        return OrderView.of(orders.pay(me, orderNo, body.idempotencyKey() == null ? "" : body.idempotencyKey()));
    }

    private long me() {
        return citizen.personId().orElseThrow(() -> new BusinessException(Problem.CONFLICT, "REAL_NAME_REQUIRED"));
    }
}
