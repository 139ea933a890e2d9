package org.yibao.settlement.selfpay.wechat;

import com.wechat.pay.java.core.exception.MalformedMessageException;
import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yibao.common.web.DirectEndpoint;
import org.yibao.settlement.selfpay.CashOrderNotices;

/**
 * {@code POST /pay/notify/wechat}: WeChat Pay's payment notification (支付结果通知). The signature is verified and the
 * resource decrypted by the SDK's {@code NotificationParser}; only then is the order judged by
 * {@link CashOrderNotices}. Answered as WeChat Pay expects: 204 when received, otherwise 4xx/5xx with
 * {@code {"code":"FAIL","message":…}} (WeChat Pay sends a refused notice again later).
 */
final class WechatPayNotifications implements DirectEndpoint {

    static final String PATH = "/pay/notify/wechat";
    private static final Logger log = LoggerFactory.getLogger(WechatPayNotifications.class);
    private static final List<String> HEADERS = List.of("Wechatpay-Serial", "Wechatpay-Signature",
            "Wechatpay-Timestamp", "Wechatpay-Nonce");

    private final WechatPayClient client;
    private final CashOrderNotices notices;

    WechatPayNotifications(WechatPayClient client, CashOrderNotices notices) {
        this.client = client;
        this.notices = notices;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String summary() {
        return "微信支付支付结果通知 (signed by WeChat Pay; 204 when received)";
    }

    @Override
    public String tag() {
        return "自费支付 Self-pay";
    }

    @Override
    public List<String> requiredHeaders() {
        return HEADERS;
    }

    @Override
    public Reply answer(Call call) {
        if (HEADERS.stream().anyMatch(h -> blank(call.header(h)))) {
            return fail(401, "缺少签名");
        }
        Transaction paid;
        try {
            paid = client.notifications().parse(new RequestParam.Builder()
                    .serialNumber(call.header("Wechatpay-Serial")).nonce(call.header("Wechatpay-Nonce"))
                    .signature(call.header("Wechatpay-Signature")).timestamp(call.header("Wechatpay-Timestamp"))
                    .signType(call.header("Wechatpay-Signature-Type")).body(String.valueOf(call.body())).build(),
                    Transaction.class);
        } catch (ValidationException | MalformedMessageException e) {
            log.warn("Refused a WeChat Pay notice whose signature or content did not verify: {}", e.getMessage());
            return fail(401, "签名验证失败");
        } catch (RuntimeException e) { // not JSON, no resource, a cipher text that does not decrypt…
            log.warn("Refused an unreadable WeChat Pay notice: {}", e.getMessage());
            return fail(400, "通知无法解析");
        }
        return judged(paid);
    }

    private Reply judged(Transaction paid) {
        if (paid.getTradeState() != Transaction.TradeStateEnum.SUCCESS) {
            return new Reply(204, null); // 未支付, 已关闭…: nothing to record
        }
        if (!client.properties().merchantId().equals(paid.getMchid()) || paid.getAmount() == null
                || paid.getAmount().getTotal() == null || blank(paid.getOutTradeNo())
                || blank(paid.getTransactionId())) {
            log.warn("Refused a WeChat Pay notice for another merchant or without order, amount or transaction");
            return fail(400, "通知内容不完整");
        }
        CashOrderNotices.Outcome outcome = notices.paid(WechatCashPaymentChannel.NAME, paid.getOutTradeNo(),
                paid.getAmount().getTotal(), paid.getTransactionId());
        return switch (outcome) {
            case UNKNOWN_ORDER -> fail(400, "订单不存在");
            case AMOUNT_MISMATCH -> fail(400, "金额与订单不符");
            default -> new Reply(204, null);
        };
    }

    private static Reply fail(int status, String message) {
        return new Reply(status, "{\"code\":\"FAIL\",\"message\":\"" + message + "\"}");
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
