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
 * 大病保险、职工大额与医疗救助的待遇参数：每个参保地、年度、险种（救助另按对象类别）一行当前值，每次修改追加一个版本（谁、何时、为何），
 * 与基本医保的参数（{@link PolicyParameters}）同样管理。
 */
@Component
public class LayerParameters {

    private static final String SELECT = """
            select id, region_code, year, insutype, fund_type, assistance_class, threshold_fen, band1_upto_fen,
                   band1_ratio, band2_upto_fen, band2_ratio, top_ratio, yearly_cap_fen, version
            from settlement_layer_parameter\s""";

    /** 结算时读到的参数行在内存中保留多久（本节点的修改立即生效）。 */
    static final Duration KEPT_FOR = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KeptReads<LayerKey, LayerRule> kept = new KeptReads<>(KEPT_FOR);

    /** 一行参数的业务键；大病保险与职工大额的救助类别为空串。 */
    private record LayerKey(String region, int year, String insutype, String fundType, String assistanceClass) {
    }

    LayerParameters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 大病保险（居民 390200）或职工大额（职工 310 → 330100）的参数行：参保地当年没有则为空。 */
    public Optional<LayerRule> critical(String region, int year, String insutype) {
        String fund = "310".equals(insutype) ? LayerRule.LARGE_EMPLOYEE : LayerRule.CRITICAL_RESIDENT;
        return kept.get(new LayerKey(region, year, insutype, fund, ""), this::read);
    }

    /** 该救助对象类别的医疗救助参数行；没有类别或参保地当年没有参数则为空。 */
    public Optional<LayerRule> assistance(String region, int year, String insutype, @Nullable String assistanceClass) {
        if (assistanceClass == null) {
            return Optional.empty();
        }
        return kept.get(new LayerKey(region, year, insutype, LayerRule.ASSISTANCE, assistanceClass), this::read);
    }

    private Optional<LayerRule> read(LayerKey key) {
        return jdbc.sql(SELECT + """
                where region_code = ? and year = ? and insutype = ? and fund_type = ? and assistance_class = ?""")
                .params(key.region(), key.year(), key.insutype(), key.fundType(), key.assistanceClass())
                .query(LayerParameters::rule).optional();
    }

    public Optional<LayerRule> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(LayerParameters::rule).optional();
    }

    /** 一个参保地一年的全部行，按层次、险种、类别排列。 */
    public List<LayerRule> list(String region, int year) {
        return jdbc.sql(SELECT + "where region_code = ? and year = ? order by fund_type, insutype, assistance_class")
                .params(region, year).query(LayerParameters::rule).list();
    }

    /** 历史版本，新的在前。 */
    public List<LayerVersion> history(long parameterId) {
        return jdbc.sql("""
                select version, threshold_fen, band1_upto_fen, band1_ratio, band2_upto_fen, band2_ratio, top_ratio,
                       yearly_cap_fen, changed_by, changed_at, reason
                from settlement_layer_parameter_version where parameter_id = ? order by version desc""")
                .param(parameterId).query((rs, n) -> new LayerVersion(rs.getInt("version"), values(rs),
                        rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("reason"))).list();
    }

    /** 一个历史版本。 */
    public record LayerVersion(int version, LayerValues values, String changedBy, OffsetDateTime changedAt,
                               String reason) {
    }

    /**
     * 写入一个新版本。输入不合格、没有任何改变、或所依据的版本已不是当前版本时拒绝，不写入任何数据。
     */
    @Transactional
    public LayerRule change(long id, int basedOnVersion, LayerChange change, String login) {
        InputErrors errors = new InputErrors();
        LayerValues values = change.parse(errors);
        errors.throwIfAny();
        LayerRule current = jdbc.sql(SELECT + "where id = ? for update").param(id)
                .query(LayerParameters::rule).optional()
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "POLICY_NOT_FOUND"));
        if (current.version() != basedOnVersion) {
            throw new BusinessException(Problem.CONFLICT, "POLICY_VERSION_CONFLICT");
        }
        if (values == null || values.sameAs(LayerValues.of(current))) {
            throw new BusinessException(Problem.INVALID, "POLICY_UNCHANGED");
        }
        int version = current.version() + 1;
        jdbc.sql("""
                update settlement_layer_parameter set threshold_fen = ?, band1_upto_fen = ?, band1_ratio = ?,
                       band2_upto_fen = ?, band2_ratio = ?, top_ratio = ?, yearly_cap_fen = ?, version = ?
                where id = ?""")
                .params(values.threshold().fen(), values.band1Upto().fen(), values.band1Ratio(),
                        values.band2Upto().fen(), values.band2Ratio(), values.topRatio(), values.yearlyCap().fen(),
                        version, id)
                .update();
        recordVersion(id, version, values, login, change.reason().strip());
        kept.forgetAfterChange();
        return find(id).orElseThrow();
    }

    void recordVersion(long id, int version, LayerValues v, String login, String reason) {
        jdbc.sql("""
                insert into settlement_layer_parameter_version (parameter_id, version, threshold_fen, band1_upto_fen,
                    band1_ratio, band2_upto_fen, band2_ratio, top_ratio, yearly_cap_fen, changed_by, changed_at, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, version, v.threshold().fen(), v.band1Upto().fen(), v.band1Ratio(), v.band2Upto().fen(),
                        v.band2Ratio(), v.topRatio(), v.yearlyCap().fen(), login, OffsetDateTime.now(clock), reason)
                .update();
    }

    private static LayerRule rule(ResultSet rs, int n) throws SQLException {
        LayerValues v = values(rs);
        String assistanceClass = rs.getString("assistance_class");
        return new LayerRule(rs.getLong("id"), rs.getString("region_code"), rs.getInt("year"),
                rs.getString("insutype"), rs.getString("fund_type"),
                assistanceClass.isEmpty() ? null : assistanceClass, v.threshold(), v.band1Upto(), v.band1Ratio(),
                v.band2Upto(), v.band2Ratio(), v.topRatio(), v.yearlyCap(), rs.getInt("version"));
    }

    private static LayerValues values(ResultSet rs) throws SQLException {
        return new LayerValues(Money.ofFen(rs.getLong("threshold_fen")), Money.ofFen(rs.getLong("band1_upto_fen")),
                rs.getBigDecimal("band1_ratio"), Money.ofFen(rs.getLong("band2_upto_fen")),
                rs.getBigDecimal("band2_ratio"), rs.getBigDecimal("top_ratio"),
                Money.ofFen(rs.getLong("yearly_cap_fen")));
    }
}
