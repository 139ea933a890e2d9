package org.yibao.insured;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.IdNumber;
import org.yibao.insured.PremiumQuote.Payee;

/**
 * Whom an account may pay a resident premium for: its own person, and the persons of its approved resident
 * enrollments (城乡居民参保登记 done for a relative). Only normal 城乡居民 (insutype 390) relationships count.
 */
@Component
class Payees {

    private final JdbcClient jdbc;

    Payees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every resident the payer may pay for, the payer first. */
    List<Payee> of(PremiumPayer payer, LocalDate today) {
        List<Payee> out = new ArrayList<>();
        if (payer.ownPersonId() != null) {
            resident(payer.ownPersonId(), true, ownCategory(payer.ownPersonId(), today)).ifPresent(out::add);
        }
        for (Enrolled e : enrolled(payer.accountId())) {
            if (!payer.isOwn(e.personId())) {
                resident(e.personId(), false, e.category()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Whether the person is the payer's to pay for at all, whatever their insurance (for a clear refusal). */
    boolean belongsTo(PremiumPayer payer, long personId) {
        return payer.isOwn(personId) || enrolled(payer.accountId()).stream().anyMatch(e -> e.personId() == personId);
    }

    /** The resident with this ID number, whoever they are to the payer (为他人缴费 by ID number). */
    Optional<Payee> resident(PremiumPayer payer, IdNumber idNumber, LocalDate today) {
        return jdbc.sql("select id from insured_person where id_number = ?").param(idNumber.value()).query(Long.class)
                .optional().flatMap(id -> resident(id, payer.isOwn(id), category(payer, id, today)));
    }

    /** The category the payer enrolled the person in, else the person's own. */
    private ResidentCategory category(PremiumPayer payer, long personId, LocalDate today) {
        return enrolled(payer.accountId()).stream().filter(e -> e.personId() == personId).map(Enrolled::category)
                .findFirst().orElseGet(() -> ownCategory(personId, today));
    }

    private record Enrolled(long personId, ResidentCategory category) {
    }

    private List<Enrolled> enrolled(long accountId) {
        return jdbc.sql("""
                select distinct on (person_id) person_id, category from insured_enrollment
                where applicant_account = ? and status = 'APPROVED' and person_id is not null
                order by person_id, decided_at desc nulls last, id desc""")
                .param(accountId)
                .query((rs, n) -> new Enrolled(rs.getLong("person_id"), category(rs.getString("category"))))
                .list();
    }

    /** The category of the person's latest approved enrollment, else the one their age gives. */
    private ResidentCategory ownCategory(long personId, LocalDate today) {
        Optional<String> enrolled = jdbc.sql("""
                select category from insured_enrollment where person_id = ? and status = 'APPROVED'
                order by decided_at desc nulls last, id desc limit 1""")
                .param(personId).query(String.class).optional();
        if (enrolled.isPresent()) {
            return category(enrolled.get());
        }
        String idNumber = jdbc.sql("select id_number from insured_person where id = ?").param(personId)
                .query(String.class).single();
        IdNumber id = new IdNumber(idNumber);
        return ResidentCategory.ELDER.admits(id, today) ? ResidentCategory.ELDER
                : ResidentCategory.STUDENT_CHILD.admits(id, today) ? ResidentCategory.STUDENT_CHILD : ResidentCategory.ADULT;
    }

    private Optional<Payee> resident(long personId, boolean own, ResidentCategory category) {
        return jdbc.sql("""
                select ps.name, p.region_code from insured_period p join insured_person ps on ps.id = p.person_id
                where p.person_id = ? and p.insutype = '390' and p.status = '1'
                order by p.begin_date desc limit 1""")
                .param(personId)
                .query((rs, n) -> new Payee(personId, rs.getString("name"), rs.getString("region_code"), category, own))
                .optional();
    }

    private static ResidentCategory category(String name) {
        try {
            return ResidentCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ResidentCategory.ADULT;
        }
    }
}
