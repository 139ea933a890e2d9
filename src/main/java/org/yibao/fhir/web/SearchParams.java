package org.yibao.fhir.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.yibao.fhir.internal.FhirException;

/**
 * A search's parameters, checked and bounded: known names only, each at most {@link #MAX_VALUE} characters,
 * {@code patient} as {@code Patient/<人员编号>}, {@code created} with a prefix and a year, month or day (at most two,
 * read as Beijing dates into {@code [from, to)}), {@code _count} 1 to {@link #MAX_COUNT} (more is cut to it) and
 * {@code _offset} up to {@link #MAX_OFFSET}.
 */
record SearchParams(@Nullable Long patient, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to, int count,
                    int offset, @Nullable String url) {

    static final int MAX_COUNT = 50;
    static final int DEFAULT_COUNT = 20;
    static final int MAX_OFFSET = 10_000;
    static final int MAX_VALUE = 100;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern PATIENT = Pattern.compile("(?:Patient/)?(\\d{1,18})");
    private static final Pattern DATE = Pattern.compile("(eq|ge|gt|le|lt)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Set<String> FORMATS = Set.of("json", "application/json", "application/fhir+json");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "Coverage", Set.of("patient", "beneficiary"),
            "Claim", Set.of("patient", "created"),
            "ClaimResponse", Set.of("patient", "created"),
            "ExplanationOfBenefit", Set.of("patient", "created"),
            "CodeSystem", Set.of("url"));

    static SearchParams parse(String type, MultiValueMap<String, String> query) {
        Set<String> allowed = ALLOWED.get(type);
        if (allowed == null) {
            throw new FhirException(400, org.hl7.fhir.r4.model.OperationOutcome.IssueType.NOTSUPPORTED,
                    type + " 不支持查询，请按 id 读取");
        }
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String name = e.getKey();
            if (!allowed.contains(name) && !Set.of("_count", "_offset", "_format").contains(name)) {
                throw FhirException.invalid("不支持的查询参数：" + clip(name));
            }
            if (e.getValue().size() > 2 || e.getValue().stream().anyMatch(v -> v == null || v.length() > MAX_VALUE)) {
                throw FhirException.invalid("查询参数 " + clip(name) + " 的值过多或过长");
            }
        }
        checkFormat(query.getFirst("_format"));
        String patient = query.getFirst("patient") != null ? query.getFirst("patient") : query.getFirst("beneficiary");
        OffsetDateTime[] range = created(query.getOrDefault("created", List.of()));
        return new SearchParams(patient == null ? null : patientId(patient), range[0], range[1],
                number(query.getFirst("_count"), DEFAULT_COUNT, 1, Integer.MAX_VALUE, "_count"),
                number(query.getFirst("_offset"), 0, 0, MAX_OFFSET, "_offset"), query.getFirst("url"));
    }

    SearchParams {
        count = Math.min(count, MAX_COUNT);
    }

    static void checkFormat(@Nullable String format) {
        if (format != null && !FORMATS.contains(format)) {
            throw new FhirException(406, org.hl7.fhir.r4.model.OperationOutcome.IssueType.NOTSUPPORTED,
                    "只提供 JSON 格式（_format=json）");
        }
    }

    static long patientId(String value) {
        Matcher m = PATIENT.matcher(value);
        if (!m.matches()) {
            throw FhirException.invalid("patient 应为 Patient/人员编号");
        }
        return Long.parseLong(m.group(1));
    }

    private static OffsetDateTime[] created(List<String> values) {
        OffsetDateTime from = null;
        OffsetDateTime to = null;
        for (String value : values) {
            Matcher m = DATE.matcher(value);
            if (!m.matches()) {
                throw FhirException.invalid("created 应为 [eq|ge|gt|le|lt]yyyy[-MM[-dd]]，例如 ge2025-01-01");
            }
            OffsetDateTime[] span = span(m);
            String prefix = m.group(1) == null ? "eq" : m.group(1);
            OffsetDateTime lower = switch (prefix) {
                case "eq", "ge" -> span[0];
                case "gt" -> span[1];
                default -> null;
            };
            OffsetDateTime upper = switch (prefix) {
                case "eq", "le" -> span[1];
                case "lt" -> span[0];
                default -> null;
            };
            from = lower == null || from != null && from.isAfter(lower) ? from : lower;
            to = upper == null || to != null && to.isBefore(upper) ? to : upper;
        }
        return new OffsetDateTime[] {from, to};
    }

    /** The Beijing day, month or year the value names, as {@code [start, end)}. */
    private static OffsetDateTime[] span(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(2));
            if (year < 1900 || year > 2199) {
                throw FhirException.invalid("created 的年份应在 1900 到 2199 之间");
            }
            LocalDate start;
            LocalDate end;
            if (m.group(4) != null) {
                start = LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                end = start.plusDays(1);
            } else if (m.group(3) != null) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(3)));
                start = month.atDay(1);
                end = month.plusMonths(1).atDay(1);
            } else {
                start = LocalDate.of(year, 1, 1);
                end = start.plusYears(1);
            }
            return new OffsetDateTime[] {start.atStartOfDay(BEIJING).toOffsetDateTime(),
                    end.atStartOfDay(BEIJING).toOffsetDateTime()};
        } catch (java.time.DateTimeException e) {
            throw FhirException.invalid("created 不是有效日期");
        }
    }

    private static int number(@Nullable String value, int fallback, int min, int max, String name) {
        if (value == null) {
            return fallback;
        }
        if (!value.matches("\\d{1,6}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw FhirException.invalid(name + " 应为 " + min + " 到 " + Math.min(max, 999_999) + " 之间的整数");
        }
        return Integer.parseInt(value);
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
