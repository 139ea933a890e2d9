package org.yibao.insured;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.Gender;
import org.yibao.common.IdNumber;

/** Looks insured persons and their insurance relationships up. */
@Service
public class InsuredPersons {

    private static final String PERSON = "select id, id_number, name, gender, birth_date, phone from insured_person";

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
        return jdbc.sql("""
                select p.region_code, p.insutype, p.psn_type, p.status, p.begin_date, p.paused_date,
                       p.employer as employer_number, e.name as employer_name
                from insured_period p left join insured_employer e on e.unit_number = p.employer
                where p.person_id = ? order by p.status, p.begin_date desc""")
                .param(personId)
                .query((rs, n) -> new InsurancePeriod(rs.getString("region_code"), rs.getString("insutype"),
                        rs.getString("psn_type"), InsuranceStatus.ofCode(rs.getString("status")),
                        rs.getObject("begin_date", java.time.LocalDate.class),
                        rs.getObject("paused_date", java.time.LocalDate.class),
                        rs.getString("employer_number"), rs.getString("employer_name")))
                .list();
    }

    private static InsuredPerson person(ResultSet rs, int row) throws SQLException {
        return new InsuredPerson(rs.getLong("id"), new IdNumber(rs.getString("id_number")), rs.getString("name"),
                Gender.ofCode(rs.getString("gender")), rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getString("phone"));
    }
}
