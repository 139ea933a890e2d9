package org.yibao.insured;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;

/** 缴费信息: a person's contributions by year, their totals, and the continuity they add up to. */
@Service
public class Contributions {

    /** 职工 pay by month (period_month 1–12), residents once a year (period_month 0): one read gives both. */
    private static final String HISTORY = """
            select period_year, period_month from insured_contribution
            where person_id = ? and status = 'PAID'""";

    private final JdbcClient jdbc;

    Contributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Years with contributions, newest first. */
    public List<Integer> years(long personId) {
        return jdbc.sql("select distinct period_year from insured_contribution where person_id = ? order by 1 desc")
                .param(personId).query(Integer.class).list();
    }

    /** The contributions of a year (or all years when null), newest first. */
    public List<Contribution> of(long personId, @Nullable Integer year) {
        return jdbc.sql("""
                select region_code, insutype, period_year, period_month, base_fen, employer_fen, personal_fen,
                       account_fen, subsidy_fen, channel, status, paid_on
                from insured_contribution where person_id = ? and (cast(? as int) is null or period_year = ?)
                order by period_year desc, period_month desc, insutype""")
                .params(personId, year, year)
                .query((rs, n) -> new Contribution(rs.getString("region_code"), rs.getString("insutype"),
                        rs.getInt("period_year"), rs.getInt("period_month"), Money.ofFen(rs.getLong("base_fen")),
                        Money.ofFen(rs.getLong("employer_fen")), Money.ofFen(rs.getLong("personal_fen")),
                        Money.ofFen(rs.getLong("account_fen")), Money.ofFen(rs.getLong("subsidy_fen")),
                        rs.getString("channel"), rs.getString("status"),
                        rs.getObject("paid_on", java.time.LocalDate.class)))
                .list();
    }

    /** Sums of a list of contributions, as shown under the list. */
    public record Totals(Money employer, Money personal, Money account, Money subsidy, Money total) {

        public static Totals of(List<Contribution> items) {
            Money employer = Money.ZERO;
            Money personal = Money.ZERO;
            Money account = Money.ZERO;
            Money subsidy = Money.ZERO;
            for (Contribution c : items) {
                employer = employer.plus(c.employer());
                personal = personal.plus(c.personal());
                account = account.plus(c.account());
                subsidy = subsidy.plus(c.subsidy());
            }
            return new Totals(employer, personal, account, subsidy, employer.plus(personal).plus(subsidy));
        }
    }

    /** The paid months and years of the person, for the continuity rules. */
    public ContributionHistory history(PersonId person) {
        return jdbc.sql(HISTORY).param(person.value())
                .query((ResultSetExtractor<ContributionHistory>) Contributions::history);
    }

    /** {@link #history} as one statement, to send with others in one round trip ({@link RoundTrips}). */
    public static RoundTrips.Sql<ContributionHistory> historyOf(PersonId person) {
        return RoundTrips.Sql.query(HISTORY, Contributions::history, person.value());
    }

    private static ContributionHistory history(ResultSet rs) throws SQLException {
        List<YearMonth> months = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        while (rs.next()) {
            int month = rs.getInt(2);
            if (month > 0) {
                months.add(YearMonth.of(rs.getInt(1), month));
            } else {
                years.add(rs.getInt(1));
            }
        }
        return ContributionHistory.of(months, years);
    }
}
