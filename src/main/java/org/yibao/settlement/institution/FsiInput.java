package org.yibao.settlement.institution;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import tools.jackson.databind.JsonNode;

/** Reads input fields the national way (strings or numbers), refusing with the field's name when one is wrong. */
final class FsiInput {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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
        JsonNode node = parent.get(field);
        if (node == null || node.isNull() || !(node.isString() || node.isNumber())) {
            return null;
        }
        String text = node.isNumber() ? node.decimalValue().toPlainString() : node.asString().strip();
        return text.isEmpty() ? null : text;
    }

    static BigDecimal decimal(JsonNode parent, String field) {
        String text = text(parent, field);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new FsiRefusal("输入参数[" + field + "]不是数字：" + text);
        }
    }

    /** An amount in yuan with at most two decimals (trailing zeros do not count), not negative. */
    static Money money(JsonNode parent, String field) {
        BigDecimal value = decimal(parent, field);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw new FsiRefusal("输入参数[" + field + "]金额错误：" + value.toPlainString() + "（不能为负，最多两位小数）");
        }
        return Money.ofFen(value.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact());
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, Beijing time. */
    static OffsetDateTime time(JsonNode parent, String field) {
        String text = text(parent, field);
        try {
            return LocalDateTime.parse(text, TIME).atZone(BusinessTime.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new FsiRefusal("输入参数[" + field + "]时间格式错误，应为yyyy-MM-dd HH:mm:ss：" + text);
        }
    }

    static @Nullable OffsetDateTime optionalTime(JsonNode parent, String field) {
        return optional(parent, field) == null ? null : time(parent, field);
    }
}
