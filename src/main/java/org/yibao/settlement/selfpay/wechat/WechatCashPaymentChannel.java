package org.yibao.settlement.selfpay.wechat;

import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.CloseOrderRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.Refund;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yibao.settlement.selfpay.CashPaymentChannel;
import org.yibao.settlement.selfpay.ChannelOrder;

/**
 * 自费支付 through 微信支付 Native: an order becomes a prepay whose {@code code_url} the page shows as a QR code the
 * citizen scans in WeChat; WeChat Pay then sends its signed notification to {@code /pay/notify/wechat}. The order
 * number is the merchant order number, the amount is sent in fen, the payment is closed at the order's expiry.
 */
final class WechatCashPaymentChannel implements CashPaymentChannel {

    static final String NAME = "WECHAT";
    private static final Logger log = LoggerFactory.getLogger(WechatCashPaymentChannel.class);

    /** WeChat Pay's refund errors that pass: its own trouble, a limit, the merchant's balance topped up later. */
    private static final Set<String> TRANSIENT_CODES = Set.of("SYSTEM_ERROR", "FREQUENCY_LIMITED", "NOT_ENOUGH",
            "RESOURCE_ALREADY_EXISTS_BUT_PROCESSING");

    private final WechatPayClient client;

    WechatCashPaymentChannel(WechatPayClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Started start(ChannelOrder order, String requestKey) {
        PrepayRequest request = new PrepayRequest();
        request.setAppid(client.properties().appId());
        request.setMchid(client.properties().merchantId());
        request.setDescription(description(order));
        request.setOutTradeNo(order.orderNo());
        request.setTimeExpire(order.expiresAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        request.setNotifyUrl(client.properties().notifyUrl());
        Amount amount = new Amount();
        amount.setTotal(Math.toIntExact(order.amount().fen()));
        amount.setCurrency("CNY");
        request.setAmount(amount);
        try {
            return Started.awaiting(client.nativePay().prepay(request).getCodeUrl());
        } catch (ServiceException e) {
            log.warn("WeChat Pay declined order {}: {} {}", order.orderNo(), e.getErrorCode(), e.getErrorMessage());
            throw new Refused("微信支付未受理：" + e.getErrorMessage());
        } catch (RuntimeException e) { // unreachable, or an answer whose signature did not verify
            log.warn("WeChat Pay unreachable for order {}", order.orderNo(), e);
            throw new Refused("微信支付暂时无法连接，请稍后再试");
        }
    }

    @Override
    public RefundResult refund(ChannelOrder order) {
        CreateRequest request = new CreateRequest();
        request.setOutTradeNo(order.orderNo());
        request.setOutRefundNo("TK" + order.orderNo());
        request.setReason("医保结算已撤销");
        AmountReq amount = new AmountReq();
        amount.setRefund(order.amount().fen());
        amount.setTotal(order.amount().fen());
        amount.setCurrency("CNY");
        request.setAmount(amount);
        try {
            Refund refund = client.refunds().create(request); // the same out_refund_no again is the same refund
            log.info("WeChat Pay refund of order {} ({}) accepted: {}", order.orderNo(), order.amount(),
                    refund.getStatus());
            String status = String.valueOf(refund.getStatus());
            return status.equals("ABNORMAL") || status.equals("CLOSED") // the agency settles it with WeChat Pay
                    ? RefundResult.refused("退款" + status) : RefundResult.done(status);
        } catch (ServiceException e) {
            String message = e.getErrorCode() == null ? "HTTP " + e.getHttpStatusCode()
                    : e.getErrorCode() + " " + (e.getErrorMessage() == null ? "" : e.getErrorMessage());
            log.warn("WeChat Pay did not refund order {} ({}): HTTP {} {}", order.orderNo(), order.amount(),
                    e.getHttpStatusCode(), message);
            boolean passing = e.getErrorCode() != null && TRANSIENT_CODES.contains(e.getErrorCode());
            return passing || e.getHttpStatusCode() >= 500
                    || e.getHttpStatusCode() == 429 ? RefundResult.transientFailure(message)
                    : RefundResult.refused(message);
        } catch (RuntimeException e) { // unreachable, or an answer whose signature did not verify
            log.warn("WeChat Pay refund of order {} ({}) not answered", order.orderNo(), order.amount(), e);
            return RefundResult.transientFailure("微信支付无应答");
        }
    }

    @Override
    public void close(ChannelOrder order) {
        CloseOrderRequest request = new CloseOrderRequest();
        request.setMchid(client.properties().merchantId());
        request.setOutTradeNo(order.orderNo());
        try {
            client.nativePay().closeOrder(request);
        } catch (RuntimeException e) {
            log.warn("WeChat Pay could not close order {}; it expires at {}", order.orderNo(), order.expiresAt(), e);
        }
    }

    private static String description(ChannelOrder order) {
        String text = order.subject();
        return text.length() > 127 ? text.substring(0, 127) : text;
    }
}
