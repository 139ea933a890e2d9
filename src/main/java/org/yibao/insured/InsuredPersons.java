package org.yibao.insured;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.Gender;
import org.yibao.common.IdNumber;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;

/** Looks insured persons and their insurance relationships up. */
@Service
public class InsuredPersons {

    private static final String PERSON = "select id, id_number, name, gender, birth_date, phone from insured_person";
    private static final String PERIODS = """
            select p.region_code, p.insutype, p.psn_type, p.status, p.begin_date, p.paused_date,
                   p.employer as employer_number, e.name as employer_name
            from insured_period p left join insured_employer e on e.unit_number = p.employer""";

    private final JdbcClient jdbc;

    InsuredPersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InsuredPerson> find(long id) {
        return jdbc.sql(PERSON + " where id = ?").param(id).query(InsuredPersons::person).optional();
    }

    public Optional<InsuredPerson> findByIdNumber(IdNumber idNumber) {
        return jdbc.sql(PERSON + " where id_number = ?").param(idNumber.value()).query(InsuredPersons::person).optional();
    }

    /** All insurance relationships of the person, normal ones first, most recent first. */
    public List<InsurancePeriod> periods(long personId) {
        return jdbc.sql(PERIODS + " where p.person_id = ? order by p.status, p.begin_date desc")
                .param(personId).query(InsuredPersons::period).list();
    }

    /**
     * The person with all insurance relationships, ordered as {@link #periods}, as one statement to send with
     * {@link RoundTrips} (alone or with others, so that writes the transaction deferred travel with it).
     */
    public static RoundTrips.Sql<Optional<Insured>> withPeriods(PersonId id) {
        return withPeriods("i.id = ?", id.value());
    }

    /** {@link #withPeriods(PersonId)} by ID number. */
    public static RoundTrips.Sql<Optional<Insured>> withPeriods(IdNumber idNumber) {
        return withPeriods("i.id_number = ?", idNumber.value());
    }

    private static RoundTrips.Sql<Optional<Insured>> withPeriods(String where, Object key) {
        return RoundTrips.Sql.query("select i.id, i.id_number, i.name, i.gender, i.birth_date, i.phone, x.*"
                + " from insured_person i left join lateral (" + PERIODS + " where p.person_id = i.id) x on true"
                + " where " + where + " order by x.status, x.begin_date desc", rs -> {
                    InsuredPerson person = null;
                    List<InsurancePeriod> periods = new java.util.ArrayList<>();
                    while (rs.next()) {
                        person = person == null ? person(rs, 0) : person;
                        if (rs.getString("insutype") != null) {
                            periods.add(period(rs, 0));
                        }
                    }
                    return Optional.ofNullable(person).map(p -> new Insured(p, List.copyOf(periods)));
                }, key);
    }

    /** A person and their insurance relationships. */
    public record Insured(InsuredPerson person, List<InsurancePeriod> periods) {
    }

    private static InsurancePeriod period(ResultSet rs, int row) throws SQLException {
        return new InsurancePeriod(rs.getString("region_code"), rs.getString("insutype"), rs.getString("psn_type"),
                InsuranceStatus.ofCode(rs.getString("status")), rs.getObject("begin_date", java.time.LocalDate.class),
                rs.getObject("paused_date", java.time.LocalDate.class), rs.getString("employer_number"),
                rs.getString("employer_name"));
    }

    private static InsuredPerson person(ResultSet rs, int row) throws SQLException {
        return new InsuredPerson(rs.getLong("id"), new IdNumber(rs.getString("id_number")), rs.getString("name"),
                Gender.ofCode(rs.getString("gender")), rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getString("phone"));
    }
}
