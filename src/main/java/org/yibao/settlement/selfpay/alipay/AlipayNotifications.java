package org.yibao.settlement.selfpay.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yibao.common.Money;
import org.yibao.common.web.DirectEndpoint;
import org.yibao.settlement.selfpay.CashOrderNotices;

/**
 * {@code POST /pay/notify/alipay}: Alipay's asynchronous notification (异步通知) of a 当面付 trade, form-encoded. The
 * RSA2 signature is verified with the SDK's {@code AlipaySignature.rsaCheckV1} over 支付宝公钥 before any field is
 * read; then the application, the trade's status, order, amount (exactly to the fen) and Alipay's trade number are
 * checked and the order is judged by {@link CashOrderNotices}. Answered as Alipay expects: the plain text
 * {@code success} when received (Alipay stops sending it), {@code failure} otherwise (Alipay sends it again later).
 */
final class AlipayNotifications implements DirectEndpoint {

    static final String PATH = "/pay/notify/alipay";
    private static final Logger log = LoggerFactory.getLogger(AlipayNotifications.class);
    private static final Set<String> PAID = Set.of("TRADE_SUCCESS", "TRADE_FINISHED");
    private static final Set<String> NOT_PAID = Set.of("WAIT_BUYER_PAY", "TRADE_CLOSED");
    private static final Pattern ORDER_NO = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,9})(\\.[0-9]{1,2})?");

    private final AlipayGateway gateway;
    private final CashOrderNotices notices;

    AlipayNotifications(AlipayGateway gateway, CashOrderNotices notices) {
        this.gateway = gateway;
        this.notices = notices;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String summary() {
        return "支付宝异步通知 (form-encoded, RSA2-signed by Alipay; the text success when received)";
    }

    @Override
    public String tag() {
        return "自费支付 Self-pay";
    }

    @Override
    public Reply answer(Call call) {
        Map<String, String> notice;
        try {
            notice = NoticeForm.parse(call);
        } catch (NoticeForm.Refused e) {
            log.warn("Refused an unreadable Alipay notice: {}", e.getMessage());
            return failure(e.status());
        }
        if (!verified(notice)) {
            return failure(401);
        }
        if (!gateway.properties().appId().equals(notice.get("app_id"))) {
            log.warn("Refused an Alipay notice for another application");
            return failure(400);
        }
        String status = String.valueOf(notice.get("trade_status"));
        if (NOT_PAID.contains(status)) {
            return success(); // 等待付款, 交易关闭 (after a full refund or the order's close): nothing to record
        }
        String orderNo = notice.get("out_trade_no");
        String tradeNo = notice.get("trade_no");
        String amount = notice.get("total_amount");
        if (!PAID.contains(status) || !matches(ORDER_NO, orderNo) || !matches(ORDER_NO, tradeNo)
                || !matches(AMOUNT, amount)) {
            log.warn("Refused an Alipay notice without a known status, order, trade number or amount");
            return failure(400);
        }
        CashOrderNotices.Outcome outcome = notices.paid(AlipayCashPaymentChannel.NAME, orderNo,
                Money.ofYuan(amount).fen(), tradeNo);
        return outcome.accepted() ? success() : failure(400);
    }

    /** Alipay's signature over every other field, checked with 支付宝公钥; a malformed signature is a false one. */
    private boolean verified(Map<String, String> notice) {
        if (!AlipayGateway.SIGN_TYPE.equals(notice.get("sign_type")) || notice.get("sign") == null) {
            log.warn("Refused an Alipay notice without an RSA2 signature");
            return false;
        }
        try {
            if (AlipaySignature.rsaCheckV1(notice, gateway.alipayPublicKey(), AlipayGateway.CHARSET,
                    AlipayGateway.SIGN_TYPE)) {
                return true;
            }
        } catch (AlipayApiException | RuntimeException e) {
            log.warn("Refused an Alipay notice whose signature could not be checked: {}", e.getMessage());
            return false;
        }
        log.warn("Refused an Alipay notice whose signature did not verify");
        return false;
    }

    private static boolean matches(Pattern pattern, @Nullable String value) {
        return value != null && pattern.matcher(value).matches();
    }

    private static Reply success() {
        return Reply.text(200, "success");
    }

    private static Reply failure(int status) {
        return Reply.text(status, "failure");
    }
}
