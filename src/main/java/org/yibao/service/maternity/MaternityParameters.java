package org.yibao.service.maternity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.InputErrors;

/**
 * 生育津贴 parameters of a pooling region, with history: a change is a new row in force from a date on, and the
 * row in force on the day of the birth decides. Days follow 女职工劳动保护特别规定 and the province's regulation.
 */
@Service
public class MaternityParameters {

    /**
     * One region's rule from {@code validFrom} on; {@code miscarriageTable}, when given, decides 流产 days by weeks
     * (see {@link MiscarriageTable}) instead of the two tiers.
     */
    public record Rule(String regionCode, LocalDate validFrom, int minMonths, int baseDays, int difficultDays,
                       int extraBabyDays, int provinceExtraDays, int earlyMiscarriageDays, int lateMiscarriageDays,
                       int miscarriageWeeks, String payee, @Nullable String miscarriageTable) {

        public Rule {
            miscarriageTable = miscarriageTable == null || miscarriageTable.isBlank() ? null
                    : miscarriageTable.replaceAll("\\s+", "").replace('，', ',').replace('：', ':');
        }

        /** The region's table of 流产 days by weeks, if this version has one. */
        public Optional<MiscarriageTable> table() {
            return Optional.ofNullable(miscarriageTable).map(MiscarriageTable::parse);
        }
    }

    private static final String COLUMNS = """
            select region_code, valid_from, min_months, base_days, difficult_days, extra_baby_days, province_extra_days,
                   early_miscarriage_days, late_miscarriage_days, miscarriage_weeks, payee_kind, miscarriage_table
            from service_maternity_parameter""";

    private final JdbcClient jdbc;
    private final Clock clock;

    MaternityParameters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rule in force in the region on the day. */
    public Optional<Rule> inForce(String regionCode, LocalDate day) {
        return jdbc.sql(COLUMNS + " where region_code = ? and valid_from <= ? order by valid_from desc limit 1")
                .params(regionCode, day).query(MaternityParameters::rule).optional();
    }

    /** Every version of the region's rule, newest first. */
    public List<Rule> history(String regionCode) {
        return jdbc.sql(COLUMNS + " where region_code = ? order by valid_from desc").param(regionCode)
                .query(MaternityParameters::rule).list();
    }

    /** Refuses a rule with a day or a number out of its range, every field at once. */
    public static void check(Rule r) {
        InputErrors errors = new InputErrors();
        if (r.validFrom() == null || r.validFrom().getYear() < 2000 || r.validFrom().getYear() > 2100) {
            errors.reject("validFrom", "CLAIM_DATE_FORMAT");
        }
        range(errors, "minMonths", r.minMonths(), 120);
        range(errors, "baseDays", r.baseDays(), 365);
        range(errors, "difficultDays", r.difficultDays(), 365);
        range(errors, "extraBabyDays", r.extraBabyDays(), 365);
        range(errors, "provinceExtraDays", r.provinceExtraDays(), 365);
        range(errors, "earlyMiscarriageDays", r.earlyMiscarriageDays(), 365);
        range(errors, "lateMiscarriageDays", r.lateMiscarriageDays(), 365);
        if (r.miscarriageWeeks() < 1 || r.miscarriageWeeks() > 40) {
            errors.reject("miscarriageWeeks", "ALLOWANCE_PARAM_RANGE", 1, 40);
        }
        if (!"EMPLOYER".equals(r.payee()) && !"PERSON".equals(r.payee())) {
            errors.reject("payee", "CLAIM_PAYEE_REQUIRED");
        }
        MiscarriageTable.check(errors, r.miscarriageTable());
        errors.throwIfAny();
    }

    private static void range(InputErrors errors, String field, int value, int max) {
        if (value < 0 || value > max) {
            errors.reject(field, "ALLOWANCE_PARAM_RANGE", 0, max);
        }
    }

    /** Adds a version (or replaces the one of the same day); the earlier versions stay. */
    public void save(Rule r, String changedBy) {
        check(r);
        jdbc.sql("""
                insert into service_maternity_parameter (region_code, valid_from, min_months, base_days, difficult_days,
                    extra_baby_days, province_extra_days, early_miscarriage_days, late_miscarriage_days,
                    miscarriage_weeks, payee_kind, miscarriage_table, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (region_code, valid_from) do update set min_months = excluded.min_months,
                    base_days = excluded.base_days, difficult_days = excluded.difficult_days,
                    extra_baby_days = excluded.extra_baby_days, province_extra_days = excluded.province_extra_days,
                    early_miscarriage_days = excluded.early_miscarriage_days,
                    late_miscarriage_days = excluded.late_miscarriage_days,
                    miscarriage_weeks = excluded.miscarriage_weeks, payee_kind = excluded.payee_kind,
                    miscarriage_table = excluded.miscarriage_table,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(r.regionCode(), r.validFrom(), r.minMonths(), r.baseDays(), r.difficultDays(),
                        r.extraBabyDays(), r.provinceExtraDays(), r.earlyMiscarriageDays(), r.lateMiscarriageDays(),
                        r.miscarriageWeeks(), r.payee(), r.miscarriageTable(), changedBy, OffsetDateTime.now(clock))
                .update();
    }

    private static Rule rule(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Rule(rs.getString("region_code"), rs.getObject("valid_from", LocalDate.class),
                rs.getInt("min_months"), rs.getInt("base_days"), rs.getInt("difficult_days"),
                rs.getInt("extra_baby_days"), rs.getInt("province_extra_days"), rs.getInt("early_miscarriage_days"),
                rs.getInt("late_miscarriage_days"), rs.getInt("miscarriage_weeks"), rs.getString("payee_kind"),
                rs.getString("miscarriage_table"));
    }
}
