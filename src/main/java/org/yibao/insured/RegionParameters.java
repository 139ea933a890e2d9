package org.yibao.insured;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.Money;

/** The yearly parameters of each pooling region that the insured module uses (premium, enrollment review). */
@Service
public class RegionParameters {

    private final JdbcClient jdbc;

    RegionParameters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ResidentPremium> residentPremium(String regionCode, int year) {
        return jdbc.sql("""
                select region_code, year, resident_individual_fen, resident_subsidy_fen, enrollment_review
                from insured_region_parameter where region_code = ? and year = ?""")
                .params(regionCode, year)
                .query((rs, n) -> new ResidentPremium(rs.getString("region_code"), rs.getInt("year"),
                        Money.ofFen(rs.getLong("resident_individual_fen")), Money.ofFen(rs.getLong("resident_subsidy_fen")),
                        "AGENCY".equals(rs.getString("enrollment_review"))))
                .optional();
    }
}
