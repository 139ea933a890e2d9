package org.yibao.settlement.institution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import tools.jackson.databind.JsonNode;

/**
 * Reads input fields the national way (strings or numbers), refusing with the field's name when one is wrong. Every
 * text is bounded by its national field length ({@link #MAX_LENGTH}, 100 characters for fields not listed) and may
 * not hold control characters (NUL included); numbers are plain decimals of at most 16 integer digits (no exponent,
 * NaN or infinity), any number of decimals; amounts are below 10<sup>14</sup> yuan, the national (16,2).
 */
final class FsiInput {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** National field lengths (接口规范) of the texts Yibao reads. */
    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("psn_no", 30),
            Map.entry("mdtrt_id", 30), Map.entry("setl_id", 30), Map.entry("feedetl_sn", 30),
            Map.entry("chrg_bchno", 30), Map.entry("ipt_otp_no", 30), Map.entry("ipt_no", 30),
            Map.entry("omsgid", 30), Map.entry("opter_no", 30), Map.entry("sign_no", 30),
            Map.entry("med_list_codg", 50), Map.entry("mdtrt_cert_no", 50), Map.entry("dise_codg", 30),
            Map.entry("insutype", 6), Map.entry("med_type", 6), Map.entry("oinfno", 6), Map.entry("cum_ym", 6),
            Map.entry("mdtrt_cert_type", 3), Map.entry("acct_used_flag", 3));
    private static final int DEFAULT_LENGTH = 100;
    /** A plain decimal: sign, at most 16 integer digits, any decimals. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d{1,16}(\\.\\d*)?");
    /** 10^14 yuan: amounts are numeric(16,2) in the national interface. */
    private static final BigDecimal AMOUNT_BOUND = BigDecimal.TEN.pow(14);

    private FsiInput() {
    }

    static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new FsiRefusal("输入参数[" + field + "]不能为空且必须是对象");
        }
        return node;
    }

    static JsonNode array(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new FsiRefusal("输入参数[" + field + "]不能为空且必须是数组");
        }
        return node;
    }

    static String text(JsonNode parent, String field) {
        String value = optional(parent, field);
        if (value == null) {
            throw new FsiRefusal("输入参数[" + field + "]不能为空");
        }
        return value;
    }

    static @Nullable String optional(JsonNode parent, String field) {
        String text = raw(parent, field);
        int max = MAX_LENGTH.getOrDefault(field, DEFAULT_LENGTH);
        if (text != null && text.length() > max) {
            throw new FsiRefusal("输入参数[" + field + "]长度" + text.length() + "超过" + max + "个字符");
        }
        return text;
    }

    /** The field as text, without control characters, not yet bounded in length; null when absent or empty. */
    private static @Nullable String raw(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull() || !(node.isString() || node.isNumber())) {
            return null;
        }
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            throw new FsiRefusal("输入参数[" + field + "]不是有效的数字");
        }
        String text = node.isNumber() ? node.decimalValue().toPlainString() : node.asString().strip();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new FsiRefusal("输入参数[" + field + "]含有控制字符（位置" + (i + 1) + "）");
            }
        }
        return text.isEmpty() ? null : text;
    }

    /** A plain decimal of at most 16 integer digits; the text is checked before it is parsed. */
    static BigDecimal decimal(JsonNode parent, String field) {
        String text = raw(parent, field);
        if (text == null) {
            throw new FsiRefusal("输入参数[" + field + "]不能为空");
        }
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new FsiRefusal("输入参数[" + field + "]不是有效的数字（最多16位整数，不用科学计数法）：" + shown(text));
        }
        return new BigDecimal(text);
    }

    /** An amount in yuan below 10^14 with at most two decimals (trailing zeros do not count), not negative. */
    static Money money(JsonNode parent, String field) {
        BigDecimal value = decimal(parent, field);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw new FsiRefusal("输入参数[" + field + "]金额错误：" + shown(value.toPlainString()) + "（不能为负，最多两位小数）");
        }
        if (value.compareTo(AMOUNT_BOUND) >= 0) {
            throw new FsiRefusal("输入参数[" + field + "]金额" + value.toPlainString() + "超出范围（须小于1e14元）");
        }
        return Money.ofFen(value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    /** A value as shown in a refusal: at most 32 characters, so that {@code err_msg} stays within its 200. */
    static String shown(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "…";
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, Beijing time. */
    static OffsetDateTime time(JsonNode parent, String field) {
        String text = text(parent, field);
        try {
            return LocalDateTime.parse(text, TIME).atZone(BusinessTime.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new FsiRefusal("输入参数[" + field + "]时间格式错误，应为yyyy-MM-dd HH:mm:ss：" + shown(text));
        }
    }
}
