package org.yibao.settlement.selfpay.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayRequest;
import com.alipay.api.AlipayResponse;
import com.alipay.api.domain.AlipayTradeCloseModel;
import com.alipay.api.domain.AlipayTradePrecreateModel;
import com.alipay.api.domain.AlipayTradeRefundModel;
import com.alipay.api.request.AlipayTradeCloseRequest;
import com.alipay.api.request.AlipayTradePrecreateRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.response.AlipayTradePrecreateResponse;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.settlement.selfpay.ChannelOrder;
import org.yibao.settlement.selfpay.CashPaymentChannel;

/**
 * 自费支付 through 支付宝当面付 (扫码支付): an order becomes an {@code alipay.trade.precreate} whose {@code qr_code} the
 * page shows as a QR code the citizen scans in Alipay; Alipay then sends its signed notification to
 * {@code /pay/notify/alipay}. The order number is {@code out_trade_no}, the amount is sent in yuan with two decimals
 * (exactly the order's fen), the payment is closed at the order's expiry ({@code time_expire}, Beijing time).
 */
final class AlipayCashPaymentChannel implements CashPaymentChannel {

    static final String NAME = "ALIPAY";
    private static final Logger log = LoggerFactory.getLogger(AlipayCashPaymentChannel.class);
    private static final DateTimeFormatter ALIPAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AlipayGateway gateway;

    AlipayCashPaymentChannel(AlipayGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The order's amount as Alipay takes it: yuan with exactly two decimals, from the fen without rounding. */
    static String yuan(ChannelOrder order) {
        return order.amount().yuan().toPlainString();
    }

    @Override
    public Started start(ChannelOrder order, String requestKey) {
        AlipayTradePrecreateModel model = new AlipayTradePrecreateModel();
        model.setOutTradeNo(order.orderNo());
        model.setTotalAmount(yuan(order));
        model.setSubject(subject(order));
        model.setTimeExpire(order.expiresAt().format(ALIPAY_TIME)); // the order keeps Beijing time
        AlipayTradePrecreateRequest request = new AlipayTradePrecreateRequest();
        request.setBizModel(model);
        request.setNotifyUrl(gateway.properties().notifyUrl());
        AlipayTradePrecreateResponse answer = send(request, order);
        if (answer == null) {
            throw new BusinessException(Problem.UNAVAILABLE, "SELFPAY_ALIPAY_UNAVAILABLE");
        }
        if (!answer.isSuccess() || answer.getQrCode() == null || answer.getQrCode().isBlank()) {
            throw declined(order, answer);
        }
        return Started.awaiting(answer.getQrCode());
    }

    @Override
    public RefundResult refund(ChannelOrder order) {
        AlipayTradeRefundModel model = new AlipayTradeRefundModel();
        model.setOutTradeNo(order.orderNo());
        model.setRefundAmount(yuan(order));
        model.setOutRequestNo("TK" + order.orderNo()); // the same out_request_no again is the same refund
        model.setRefundReason("医保结算已撤销");
        AlipayTradeRefundRequest request = new AlipayTradeRefundRequest();
        request.setBizModel(model);
        AlipayResponse answer = send(request, order);
        if (answer == null) {
            return RefundResult.transientFailure("支付宝无应答");
        }
        if (answer.isSuccess()) { // fund_change N: refunded before under the same out_request_no
            log.info("Alipay refund of order {} ({}) done", order.orderNo(), order.amount());
            return RefundResult.done("10000");
        }
        String subCode = answer.getSubCode() == null ? "" : answer.getSubCode();
        String message = (subCode.isEmpty() ? answer.getCode() : subCode)
                + (answer.getSubMsg() == null ? "" : " " + answer.getSubMsg());
        log.warn("Alipay did not refund order {} ({}): {} {}", order.orderNo(), order.amount(), answer.getCode(), message);
        if ("20000".equals(answer.getCode()) || subCode.equals("ACQ.SYSTEM_ERROR") || subCode.startsWith("aop.")
                || subCode.equals("ACQ.SELLER_BALANCE_NOT_ENOUGH") || subCode.equals("ACQ.REFUND_FEE_ERROR_CONCURRENT")) {
            return RefundResult.transientFailure(message);
        }
        return RefundResult.refused(message);
    }

    @Override
    public void close(ChannelOrder order) {
        AlipayTradeCloseModel model = new AlipayTradeCloseModel();
        model.setOutTradeNo(order.orderNo());
        AlipayTradeCloseRequest request = new AlipayTradeCloseRequest();
        request.setBizModel(model);
        AlipayResponse answer = send(request, order);
        if (answer != null && (answer.isSuccess() || "ACQ.TRADE_NOT_EXIST".equals(answer.getSubCode()))) {
            return; // closed, or never scanned: Alipay then has no trade to pay
        }
        log.warn("Alipay could not close order {} ({}); it expires at {}", order.orderNo(),
                answer == null ? "unreachable" : answer.getSubCode(), order.expiresAt());
    }

    /** The SDK's answer, or null when Alipay could not be reached or its answer's signature did not verify. */
    private <T extends AlipayResponse> @Nullable T send(AlipayRequest<T> request, ChannelOrder order) {
        try {
            return gateway.client().execute(request);
        } catch (AlipayApiException e) {
            log.warn("Alipay unreachable, or its answer unsigned, for {} of order {}: {}", request.getApiMethodName(),
                    order.orderNo(), e.getCause() == null ? e.getMessage() : e.getCause().toString());
            return null;
        } catch (RuntimeException e) { // an answer the SDK could not read
            log.warn("Alipay answered {} of order {} unreadably", request.getApiMethodName(), order.orderNo(), e);
            return null;
        }
    }

    /** A refusal the citizen can act on; Alipay's own trouble (20000, ACQ.SYSTEM_ERROR) is a 503 to try again. */
    private static RuntimeException declined(ChannelOrder order, AlipayResponse answer) {
        String subCode = answer.getSubCode() == null ? "" : answer.getSubCode();
        log.warn("Alipay declined order {}: {} {} {}", order.orderNo(), answer.getCode(), subCode, answer.getSubMsg());
        if ("20000".equals(answer.getCode()) || subCode.equals("ACQ.SYSTEM_ERROR") || subCode.startsWith("aop.")) {
            return new BusinessException(Problem.UNAVAILABLE, "SELFPAY_ALIPAY_UNAVAILABLE");
        }
        return new Refused(switch (subCode) {
            case "ACQ.TRADE_HAS_SUCCESS" -> "该订单已在支付宝支付，请稍后刷新查看";
            case "ACQ.TRADE_HAS_CLOSE", "ACQ.TRADE_STATUS_ERROR" -> "该订单在支付宝已关闭，请到医疗机构收费窗口缴纳";
            case "ACQ.TOTAL_FEE_EXCEED" -> "订单金额超出支付宝当面付的限额，请到医疗机构收费窗口缴纳";
            default -> "支付宝未受理本次支付（" + (subCode.isEmpty() ? answer.getCode() : subCode)
                    + "），请稍后再试或到医疗机构收费窗口缴纳";
        });
    }

    private static String subject(ChannelOrder order) {
        String text = order.subject();
        return text.length() > 128 ? text.substring(0, 128) : text;
    }
}
