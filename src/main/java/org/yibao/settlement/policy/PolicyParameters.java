package org.yibao.settlement.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.KeptReads;
import org.yibao.common.Money;
import org.yibao.common.Problem;

/**
 * The policy parameters as versioned data: the current row per key feeds the engine, every edit adds a version
 * with who, when and why, so that any settlement can be explained with the values it was computed with.
 *
 * <p>Settlement reads the same few rows thousands of times between two edits, so {@link #forVisit} keeps the rows it
 * found in memory for {@link #CACHE_TTL}. An edit through {@link #change} empties this node's copy at once; other
 * nodes see it within that time.
 */
@Component
public class PolicyParameters {

    private static final String COLUMNS = """
            id, region_code, year, insutype, category, med_type, level, fund_type, deductible_fen, deductible_per_stay,
            ratio, bonus_per_five_years, bonus_max, yearly_cap_fen, multi_disease_cap_fen, version""";
    private static final String SELECT = "select " + COLUMNS + " from settlement_policy_parameter ";

    /** How long a parameter row read for settlement is used before it is read again. */
    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KeptReads<RuleKey, PolicyRule> kept = new KeptReads<>(CACHE_TTL);

    private record RuleKey(String region, int year, String insutype, PersonCategory category, String medType,
                           int level) {
    }

    PolicyParameters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The row the engine uses for a visit; empty when the region has no parameters for it. */
    public Optional<PolicyRule> forVisit(String region, int year, String insutype, PersonCategory category,
                                         String medType, int level) {
        return kept.get(new RuleKey(region, year, insutype, category, medType, level), k -> jdbc.sql(SELECT + """
                where region_code = ? and year = ? and insutype = ? and category = ? and med_type = ? and level = ?""")
                .params(k.region(), k.year(), k.insutype(), k.category().name(), k.medType(), k.level())
                .query(PolicyParameters::rule).optional());
    }

    public Optional<PolicyRule> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id)
                .query(PolicyParameters::rule).optional();
    }

    /** The rows of a region and year, optionally of one visit type, in a stable reading order. */
    public List<PolicyRule> list(String region, int year, @Nullable String medType) {
        return jdbc.sql(SELECT + """
                where region_code = ? and year = ? and (cast(? as varchar) is null or med_type = ?)
                order by med_type, insutype, category, level""")
                .params(region, year, medType, medType).query(PolicyParameters::rule).list();
    }

    /** Newest first. */
    public List<ParameterVersion> history(long parameterId) {
        return jdbc.sql("""
                select parameter_id, version, deductible_fen, ratio, bonus_per_five_years, bonus_max, yearly_cap_fen,
                       multi_disease_cap_fen, changed_by, changed_at, reason
                from settlement_policy_parameter_version where parameter_id = ? order by version desc""")
                .param(parameterId).query((rs, n) -> new ParameterVersion(rs.getLong("parameter_id"),
                        rs.getInt("version"), values(rs), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).atZoneSameInstant(org.yibao.common.BusinessTime.ZONE).toOffsetDateTime(), rs.getString("reason")))
                .list();
    }

    /**
     * Writes a new version of a row. Refuses (and writes nothing) bad input, an edit that changes nothing, and an
     * edit based on a version that is no longer current.
     */
    @Transactional
    public PolicyRule change(long id, int basedOnVersion, ParameterChange change, String login) {
        InputErrors errors = new InputErrors();
        ParameterValues values = change.parse(errors);
        errors.throwIfAny();
        PolicyRule current = jdbc.sql(SELECT + "where id = ? for update")
                .param(id).query(PolicyParameters::rule).optional()
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "POLICY_NOT_FOUND"));
        if (current.version() != basedOnVersion) {
            throw new BusinessException(Problem.CONFLICT, "POLICY_VERSION_CONFLICT");
        }
        if (values == null || values.sameAs(ParameterValues.of(current))) {
            throw new BusinessException(Problem.INVALID, "POLICY_UNCHANGED");
        }
        int version = current.version() + 1;
        jdbc.sql("""
                update settlement_policy_parameter set deductible_fen = ?, ratio = ?, bonus_per_five_years = ?,
                       bonus_max = ?, yearly_cap_fen = ?, multi_disease_cap_fen = ?, version = ? where id = ?""")
                .params(values.deductible().fen(), values.ratio(), values.bonusPerFiveYears(), values.bonusMax(),
                        values.yearlyCap().fen(), fenOrNull(values.multiDiseaseCap()), version, id)
                .update();
        recordVersion(id, version, values, login, change.reason().strip());
        kept.forgetAfterChange();
        return find(id).orElseThrow();
    }

    /** Appends one history entry; also used when a row is first created. */
    void recordVersion(long id, int version, ParameterValues values, String login, String reason) {
        jdbc.sql("""
                insert into settlement_policy_parameter_version (parameter_id, version, deductible_fen, ratio,
                    bonus_per_five_years, bonus_max, yearly_cap_fen, multi_disease_cap_fen, changed_by, changed_at, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, version, values.deductible().fen(), values.ratio(), values.bonusPerFiveYears(),
                        values.bonusMax(), values.yearlyCap().fen(), fenOrNull(values.multiDiseaseCap()), login,
                        OffsetDateTime.now(clock), reason)
                .update();
    }

    private static @Nullable Long fenOrNull(@Nullable Money m) {
        return m == null ? null : m.fen();
    }

    private static PolicyRule rule(ResultSet rs, int n) throws SQLException {
        ParameterValues v = values(rs);
        return new PolicyRule(rs.getLong("id"), rs.getString("region_code"), rs.getInt("year"),
                rs.getString("insutype"), PersonCategory.valueOf(rs.getString("category")), rs.getString("med_type"),
                rs.getInt("level"), rs.getString("fund_type"), v.deductible(), rs.getBoolean("deductible_per_stay"),
                v.ratio(), v.bonusPerFiveYears(), v.bonusMax(), v.yearlyCap(), v.multiDiseaseCap(),
                rs.getInt("version"));
    }

    private static ParameterValues values(ResultSet rs) throws SQLException {
        long multi = rs.getLong("multi_disease_cap_fen");
        Money multiCap = rs.wasNull() ? null : Money.ofFen(multi);
        return new ParameterValues(Money.ofFen(rs.getLong("deductible_fen")), rs.getBigDecimal("ratio"),
                rs.getBigDecimal("bonus_per_five_years"), rs.getBigDecimal("bonus_max"),
                Money.ofFen(rs.getLong("yearly_cap_fen")), multiCap);
    }
}
