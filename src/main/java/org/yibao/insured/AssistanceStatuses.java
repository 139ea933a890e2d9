package org.yibao.insured;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.BusinessException;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;

/**
 * 医疗救助对象身份（特困 {@code EXTREME}、低保 {@code SUBSISTENCE}、低收入 {@code LOW_INCOME}）及其有效期，由经办机构认定。
 * 同一天只有一个身份有效：新的认定与已有认定的有效期重叠时拒绝。
 */
@Service
public class AssistanceStatuses {

    public static final Set<String> CLASSES = Set.of("EXTREME", "SUBSISTENCE", "LOW_INCOME");

    private static final String CLASS_ON = """
            select assistance_class from insured_assistance_status
            where person_id = ? and valid_from <= ? and valid_to >= ? order by valid_from desc limit 1""";

    private final JdbcClient jdbc;
    private final Clock clock;

    AssistanceStatuses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 一次认定。 */
    public record Status(String assistanceClass, LocalDate validFrom, LocalDate validTo, String setBy, String reason) {
    }

    /** 此人的全部认定，新的在前。 */
    public java.util.List<Status> of(long personId) {
        return jdbc.sql("""
                select assistance_class, valid_from, valid_to, set_by, reason from insured_assistance_status
                where person_id = ? order by valid_from desc""").param(personId)
                .query((rs, n) -> new Status(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5))).list();
    }

    /** 当日有效的救助对象类别；不是救助对象则为空。 */
    public Optional<String> classOn(PersonId person, LocalDate day) {
        return jdbc.sql(CLASS_ON).params(person.value(), day, day).query(String.class).optional();
    }

    /** {@link #classOn} as a statement, for a settlement that reads it with the rest of what it reads. */
    public static RoundTrips.Sql<Optional<String>> classOnDay(PersonId person, LocalDate day) {
        return RoundTrips.Sql.query(CLASS_ON, rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty(),
                person.value(), day, day);
    }

    /**
     * 记录一次认定。类别不在字典中、有效期倒置或超过五年、原因为空或过长、与已有认定重叠时拒绝，不写入任何数据。
     */
    @Transactional
    public void record(long personId, String assistanceClass, LocalDate from, LocalDate to, String login,
                       String reason) {
        if (!CLASSES.contains(assistanceClass) || to.isBefore(from) || to.isAfter(from.plusYears(5))
                || reason.isBlank() || reason.length() > 200 || login.length() > 40) {
            throw new BusinessException(Problem.INVALID, "ASSISTANCE_STATUS_INVALID");
        }
        jdbc.sql("select id from insured_person where id = ? for update").param(personId).query(Long.class)
                .optional().orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "ASSISTANCE_PERSON_UNKNOWN"));
        boolean overlaps = jdbc.sql("""
                select exists (select 1 from insured_assistance_status
                               where person_id = ? and valid_from <= ? and valid_to >= ?)""")
                .params(personId, to, from).query(Boolean.class).single();
        if (overlaps) {
            throw new BusinessException(Problem.CONFLICT, "ASSISTANCE_STATUS_OVERLAPS");
        }
        jdbc.sql("""
                insert into insured_assistance_status (person_id, assistance_class, valid_from, valid_to, set_by,
                    set_at, reason) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, assistanceClass, from, to, login, OffsetDateTime.now(clock), reason.strip())
                .update();
    }
}
