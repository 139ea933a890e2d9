package org.yibao.service.chronic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Problem;

/** A person found to have given false information may not apply for 门诊慢特病 again for two years. */
@Service
public class ChronicBans {

    public static final int YEARS = 2;

    private final JdbcClient jdbc;
    private final Clock clock;

    ChronicBans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One ban. */
    public record Ban(long id, long personId, String regionCode, LocalDate bannedUntil, String reason, String bannedBy,
                      OffsetDateTime bannedAt) {
    }

    /** The ban in force today, the longest first. */
    public Optional<Ban> current(long personId) {
        return jdbc.sql("""
                select id, person_id, region_code, banned_until, reason, banned_by, banned_at from service_chronic_ban
                where person_id = ? and banned_until >= ? order by banned_until desc limit 1""")
                .params(personId, BusinessTime.today(clock)).query(Ban.class).optional();
    }

    public List<Ban> all(long personId) {
        return jdbc.sql("""
                select id, person_id, region_code, banned_until, reason, banned_by, banned_at from service_chronic_ban
                where person_id = ? order by banned_at desc""").param(personId).query(Ban.class).list();
    }

    /** Refuses a new application while the person is banned. */
    public void refuseIfBanned(long personId) {
        current(personId).ifPresent(b -> {
            throw new BusinessException(Problem.CONFLICT, "CHRONIC_BANNED", b.bannedUntil().toString());
        });
    }

    /** Bans the person for {@value #YEARS} years from today; answers the last day of the ban. */
    LocalDate ban(long personId, String regionCode, String reason, String actor) {
        LocalDate until = BusinessTime.today(clock).plusYears(YEARS);
        jdbc.sql("""
                insert into service_chronic_ban (person_id, region_code, banned_until, reason, banned_by, banned_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(personId, regionCode, until, reason, actor, OffsetDateTime.now(clock)).update();
        return until;
    }
}
