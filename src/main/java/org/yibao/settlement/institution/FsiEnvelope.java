package org.yibao.settlement.institution;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.catalog.Institution;
import org.yibao.catalog.Institutions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request envelope (公共输入, API.md §1): every field present, {@code fixmedins_code} the authenticated
 * institution, a {@code msgid} of that institution's form and an {@code infno} of at most six letters or digits
 * (national variants such as {@code 2203A} are served as the transaction they vary). The {@code sign_no} is optional,
 * as in the national common input: empty, null or absent is accepted; whether a given one is open is checked by
 * {@link FsiMessages} in the call's transaction. A province gateway's path form names the infno in the path too, and
 * then it must be the body's. Institutions are kept in memory for a minute: their code, grade and
 * region change far less often than that.
 */
@Component
class FsiEnvelope {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> FIELDS = List.of("infno", "msgid", "mdtrtarea_admvs", "insuplc_admdvs", "recer_sys_code",
            "infver", "opter_type", "opter", "opter_name", "inf_time", "fixmedins_code", "fixmedins_name");
    /** Fields that may be empty strings: 参保地 is unknown before 1101. */
    private static final List<String> MAY_BE_EMPTY = List.of("insuplc_admdvs", "recer_sys_code");
    /** National lengths of the envelope fields (a name may be longer than the spec's 20 in practice). */
    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("infno", 6),
            Map.entry("msgid", 30), Map.entry("mdtrtarea_admvs", 6), Map.entry("insuplc_admdvs", 6),
            Map.entry("recer_sys_code", 10), Map.entry("infver", 20), Map.entry("opter_type", 3),
            Map.entry("opter", 30), Map.entry("opter_name", 50), Map.entry("inf_time", 19),
            Map.entry("fixmedins_code", 12), Map.entry("fixmedins_name", 100), Map.entry("sign_no", 30));
    /** Up to six letters or digits: the national numbers and their lettered variants. */
    private static final Pattern INFNO = Pattern.compile("[0-9A-Za-z]{1,6}");
    /** National variants served as the transaction they vary: 2203A carries 2203's body. */
    private static final Map<String, String> VARIANTS = Map.of("2203A", "2203");
    /** yyyyMMddHHmmss and a four-digit serial. */
    private static final Pattern MSGID_TAIL = Pattern.compile(
            "\\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])([01]\\d|2[0-3])[0-5]\\d[0-5]\\d\\d{4}");

    /** The length of settlement_signin.sign_no. */
    private static final int SIGN_NO_LENGTH = 30;

    private static final Duration INSTITUTION_TTL = Duration.ofSeconds(60);

    private final Institutions institutions;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    FsiEnvelope(Institutions institutions) {
        this.institutions = institutions;
    }

    private record Known(Institution institution, Instant readAt) {
    }

    /**
     * The parsed request, for the institution the headers authenticated; refuses anything malformed.
     * {@code routedInfno} is the infno of the request path's province-gateway form, null for the plain path.
     */
    FsiCall read(String paasid, @Nullable String body, @Nullable String routedInfno, Instant receivedAt) {
        JsonNode request = parse(body);
        String sent = infno(request, routedInfno);
        for (String field : FIELDS) {
            JsonNode node = request.get(field);
            boolean blank = node == null || node.isNull() || node.asString("").isBlank();
            if (node == null || node.isNull() || !node.isValueNode() || (blank && !MAY_BE_EMPTY.contains(field))) {
                throw new FsiRefusal("公共输入参数[" + field + "]不能为空");
            }
            bounded(field, node.asString(""));
        }
        if (!request.path("fixmedins_code").asString().equals(paasid)) {
            throw new FsiRefusal("fixmedins_code[" + request.path("fixmedins_code").asString()
                    + "]与x-tif-paasid[" + paasid + "]不一致");
        }
        String msgid = request.path("msgid").asString();
        if (msgid.length() != 30 || !msgid.startsWith(paasid) || !MSGID_TAIL.matcher(msgid.substring(12)).matches()) {
            throw new FsiRefusal("msgid[" + msgid + "]格式错误，应为定点医药机构编号(12位)+yyyyMMddHHmmss(14位)+顺序号(4位)");
        }
        JsonNode input = request.get("input");
        if (input == null || !input.isObject()) {
            throw new FsiRefusal("公共输入参数[input]不能为空且必须是JSON对象");
        }
        Institution institution = institution(paasid, receivedAt);
        return new FsiCall(institution, VARIANTS.getOrDefault(sent, sent), msgid, signNo(request),
                request.path("opter").asString(), input, receivedAt);
    }

    /** The body's infno, checked before anything is stored under it, and against the path's when routed by path. */
    private static String infno(JsonNode request, @Nullable String routedInfno) {
        JsonNode node = request.get("infno");
        if (node == null || node.isNull() || !node.isValueNode() || node.asString("").isBlank()) {
            throw new FsiRefusal("公共输入参数[infno]不能为空");
        }
        String infno = node.asString();
        if (!INFNO.matcher(infno).matches()) {
            throw new FsiRefusal("交易编号infno格式错误，应为最多6位字母或数字，如2203A");
        }
        if (routedInfno != null && !routedInfno.equals(infno)) {
            throw new FsiRefusal(INFNO.matcher(routedInfno).matches()
                    ? "请求路径中的交易编号[" + routedInfno + "]与报文infno[" + infno + "]不一致"
                    : "请求路径中的交易编号格式错误，应为最多6位字母或数字，且与报文infno[" + infno + "]一致");
        }
        return infno;
    }

    /** The sign_no, empty when empty, null or absent; refused when it is not a plain value or too long. */
    private static String signNo(JsonNode request) {
        JsonNode node = request.get("sign_no");
        if (node == null || node.isNull()) {
            return "";
        }
        String signNo = node.isValueNode() ? node.asString("").strip() : null;
        if (signNo == null || signNo.length() > SIGN_NO_LENGTH) {
            throw new FsiRefusal("公共输入参数[sign_no]格式错误，应为9001签到返回的签到流水号(最多" + SIGN_NO_LENGTH + "位)");
        }
        bounded("sign_no", signNo);
        return signNo;
    }

    /** Refuses a field longer than its national length or holding a control character (NUL included). */
    private static void bounded(String field, String value) {
        if (value.length() > MAX_LENGTH.get(field)) {
            throw new FsiRefusal("公共输入参数[" + field + "]长度" + value.length() + "超过" + MAX_LENGTH.get(field) + "个字符");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new FsiRefusal("公共输入参数[" + field + "]含有控制字符");
        }
    }

    /** The {@code msgid} of a body, when it has one, to echo in an answer to a malformed request. */
    static String msgidOf(@Nullable String body) {
        try {
            return body == null ? "" : JSON.readTree(body).path("msgid").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private Institution institution(String code, Instant now) {
        Known k = known.get(code);
        if (k != null && k.readAt().plus(INSTITUTION_TTL).isAfter(now)) {
            return k.institution();
        }
        Institution found = institutions.find(code)
                .orElseThrow(() -> new FsiRefusal("定点医药机构[" + code + "]不存在"));
        known.put(code, new Known(found, now));
        return found;
    }

    private static JsonNode parse(@Nullable String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new FsiRefusal("请求报文不是合法的JSON对象");
            }
            return node;
        } catch (JacksonException e) {
            throw new FsiRefusal("请求报文不是合法的JSON对象");
        }
    }
}
