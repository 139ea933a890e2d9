package org.yibao.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.family.MedicalCosts;
import org.yibao.family.MemberCost;

/** 消费信息 and 共济消费记录: reads of the settlements, newest first, with the filters the seeds show. */
@Service
public class Consumptions implements MedicalCosts {

    private static final String SELECT = """
            select s.setl_id, s.person_id, s.institution_code, coalesce(i.name, s.institution_code) as institution_name,
                   s.region_code, s.med_type, s.insutype, s.setl_time, s.medfee_sumamt, s.fund_pay_sumamt, s.acct_pay,
                   s.acct_mulaid_pay, s.psn_cash_pay, s.status, s.mulaid_payer_person
            from settlement_settlement s left join catalog_institution i on i.code = s.institution_code""";

    private final JdbcClient jdbc;

    Consumptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the citizen filters by; null means any. */
    public record Filter(@Nullable Integer year, @Nullable String medType, @Nullable String regionCode) {
    }

    /** The person's own settlements. */
    public List<Consumption> of(long personId, Filter filter) {
        return jdbc.sql(SELECT + """
                 where s.person_id = ? and (cast(? as int) is null or extract(year from s.setl_time at time zone 'Asia/Shanghai') = ?)
                   and (cast(? as varchar) is null or s.med_type = ?) and (cast(? as varchar) is null or s.region_code = ?)
                order by s.setl_time desc limit 200""")
                .params(personId, filter.year(), filter.year(), filter.medType(), filter.medType(), filter.regionCode(),
                        filter.regionCode())
                .query(Consumptions::row).list();
    }

    /** 共济消费记录: what relatives spent from this person's account through 家庭共济. */
    public List<Consumption> paidByMutualAid(long authorizerPersonId, @Nullable Integer year) {
        return jdbc.sql(SELECT + """
                 where s.mulaid_payer_person = ? and s.acct_mulaid_pay > 0
                   and (cast(? as int) is null or extract(year from s.setl_time at time zone 'Asia/Shanghai') = ?)
                order by s.setl_time desc limit 200""")
                .params(authorizerPersonId, year, year).query(Consumptions::row).list();
    }

    /**
     * Settlements by any combination of person, institution and region, settled in {@code [from, to)}; null means
     * any. At most {@code limit} rows after skipping {@code offset}, newest first (FHIR searches, bounded by the caller).
     */
    public record Search(@Nullable Long personId, @Nullable String institutionCode, @Nullable String regionCode,
                         @Nullable OffsetDateTime from, @Nullable OffsetDateTime to, int limit, int offset) {
    }

    /** Only the conditions given are sent, so that the person's or the institution's index serves the search. */
    public List<Consumption> search(Search q) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new java.util.ArrayList<>();
        condition(where, params, " and s.person_id = ?", q.personId());
        condition(where, params, " and s.institution_code = ?", q.institutionCode());
        condition(where, params, " and s.region_code = ?", q.regionCode());
        condition(where, params, " and s.setl_time >= ?", q.from());
        condition(where, params, " and s.setl_time < ?", q.to());
        params.add(q.limit());
        params.add(q.offset());
        return jdbc.sql(SELECT + where + " order by s.setl_time desc, s.setl_id limit ? offset ?").params(params)
                .query(Consumptions::row).list();
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, @Nullable Object value) {
        if (value != null) {
            where.append(sql);
            params.add(value);
        }
    }

    public Optional<Consumption> find(String setlId) {
        return jdbc.sql(SELECT + " where s.setl_id = ?").param(setlId).query(Consumptions::row).optional();
    }

    /** The settlement with its items and fund lines, for the explanation of benefits. */
    public Optional<ConsumptionDetail> detail(String setlId) {
        return find(setlId).map(c -> {
            List<ConsumptionDetail.Item> items = jdbc.sql("""
                    select med_list_codg, item_name, item_class, det_item_fee_sumamt, fulamt_ownpay_amt, overlmt_amt,
                           preselfpay_amt, inscp_scp_amt from settlement_item_result where setl_id = ? order by feedetl_sn""")
                    .param(setlId).query((rs, n) -> new ConsumptionDetail.Item(rs.getString(1), rs.getString(2),
                            rs.getString(3), fen(rs, 4), fen(rs, 5), fen(rs, 6), fen(rs, 7), fen(rs, 8))).list();
            List<ConsumptionDetail.FundLine> funds = jdbc.sql(
                    "select fund_pay_type, fund_payamt_fen from settlement_detail where setl_id = ? order by fund_pay_type")
                    .param(setlId).query((rs, n) -> new ConsumptionDetail.FundLine(rs.getString(1), fen(rs, 2))).list();
            return jdbc.sql("""
                    select fulamt_ownpay_amt, overlmt_selfpay, preselfpay_amt, inscp_scp_amt, act_pay_dedc, pool_prop_selfpay,
                           acct_barred_amt
                    from settlement_settlement where setl_id = ?""").param(setlId)
                    .query((rs, n) -> new ConsumptionDetail(c, items, fen(rs, 1), fen(rs, 2), fen(rs, 3), fen(rs, 4),
                            fen(rs, 5), fen(rs, 6), funds, fen(rs, 7))).single();
        });
    }

    /** Years the person has settlements in, newest first. */
    public List<Integer> years(long personId) {
        return jdbc.sql("""
                select distinct extract(year from setl_time at time zone 'Asia/Shanghai')::int from settlement_settlement
                where person_id = ? order by 1 desc""").param(personId).query(Integer.class).list();
    }

    @Override
    public List<MemberCost> ofYear(long personId, int year) {
        return of(personId, new Filter(year, null, null)).stream().filter(c -> !c.reversed())
                .map(c -> new MemberCost(c.setlTime().atZoneSameInstant(BusinessTime.ZONE).toLocalDate(),
                        c.institutionName(), c.total().fen(), c.fund().fen(), c.total().minus(c.fund()).fen()))
                .toList();
    }

    private static Money fen(ResultSet rs, int column) throws SQLException {
        return Money.ofFen(rs.getLong(column));
    }

    private static Consumption row(ResultSet rs, int n) throws SQLException {
        return new Consumption(rs.getString("setl_id"), rs.getLong("person_id"), rs.getString("institution_code"),
                rs.getString("institution_name"), rs.getString("region_code"), rs.getString("med_type"),
                rs.getString("insutype"), rs.getObject("setl_time", OffsetDateTime.class),
                Money.ofFen(rs.getLong("medfee_sumamt")), Money.ofFen(rs.getLong("fund_pay_sumamt")),
                Money.ofFen(rs.getLong("acct_pay")), Money.ofFen(rs.getLong("acct_mulaid_pay")),
                Money.ofFen(rs.getLong("psn_cash_pay")), rs.getString("status"),
                (Long) rs.getObject("mulaid_payer_person"));
    }
}
