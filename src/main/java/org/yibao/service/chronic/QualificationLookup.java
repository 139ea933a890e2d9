package org.yibao.service.chronic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.Masking;
import org.yibao.service.ChronicQualifications;

/**
 * 资格查询: the qualifications an account may see, its own person's and those of the persons it applied for.
 */
@Service
public class QualificationLookup {

    private final JdbcClient jdbc;
    private final ChronicQualifications qualifications;

    QualificationLookup(JdbcClient jdbc, ChronicQualifications qualifications) {
        this.jdbc = jdbc;
        this.qualifications = qualifications;
    }

    /** One person's qualifications, with the person's masked name and ID number. */
    public record PersonQualifications(long personId, String name, String idNumber, boolean own,
                                       List<ChronicQualifications.Qualification> qualifications) {
    }

    public List<PersonQualifications> forAccount(long accountId, @Nullable Long ownPersonId) {
        Set<Long> persons = new LinkedHashSet<>();
        if (ownPersonId != null) {
            persons.add(ownPersonId);
        }
        persons.addAll(jdbc.sql("""
                select person_id from service_application where applicant_account = ? and type = 'CHRONIC_DISEASE'
                and status <> 'DRAFT' group by person_id order by min(id)""").param(accountId).query(Long.class).list());
        List<PersonQualifications> out = new ArrayList<>();
        for (long personId : persons) {
            jdbc.sql("select name, id_number from insured_person where id = ?").param(personId)
                    .query((rs, n) -> new PersonQualifications(personId, Masking.name(rs.getString("name")),
                            Masking.idNumber(rs.getString("id_number")), ownPersonId != null && ownPersonId == personId,
                            qualifications.all(personId)))
                    .optional().ifPresent(out::add);
        }
        return out;
    }
}
