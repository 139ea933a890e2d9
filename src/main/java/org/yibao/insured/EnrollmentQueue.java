package org.yibao.insured;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.BusinessTime;

/**
 * The submitted resident enrollments (城乡居民参保登记) of the back office's lists, paged in SQL: how many match, the
 * keys of the first ones (submission time and number, oldest first) for a list that merges them with other
 * submissions, one page of them, and the rows of given numbers.
 */
@Service
public class EnrollmentQueue {

    /** Region (all when null), statuses (never empty), Beijing days of submission (either open), ID number. */
    public record Query(@Nullable String regionCode, Collection<EnrollmentStatus> statuses, @Nullable LocalDate from,
                        @Nullable LocalDate to, @Nullable String idNumber) {
    }

    /** Where a submission stands in the oldest-first order. */
    public record Key(OffsetDateTime submittedAt, long id) {
    }

    private final JdbcClient jdbc;

    EnrollmentQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int count(Query q) {
        Where w = where(q);
        return jdbc.sql("select count(*) from insured_enrollment" + w.sql).params(w.params).query(Integer.class)
                .single();
    }

    /** The keys of the first {@code limit} matching enrollments, oldest submission first. */
    public List<Key> keys(Query q, int limit) {
        Where w = where(q);
        return jdbc.sql("select submitted_at, id from insured_enrollment" + w.sql + " order by submitted_at, id limit ?")
                .params(w.with(limit))
                .query((rs, n) -> new Key(rs.getObject(1, OffsetDateTime.class), rs.getLong(2))).list();
    }

    /** One page of the matching enrollments, oldest submission first. */
    public List<ResidentEnrollment> page(Query q, int offset, int limit) {
        Where w = where(q);
        return jdbc.sql("select " + ResidentEnrollments.COLUMNS + " from insured_enrollment" + w.sql
                        + " order by submitted_at, id offset ? limit ?")
                .params(w.with(offset, limit)).query(ResidentEnrollments::row).list();
    }

    /** The enrollments of the given numbers, in no particular order. */
    public List<ResidentEnrollment> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ResidentEnrollments.COLUMNS + " from insured_enrollment where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(ResidentEnrollments::row).list();
    }

    private record Where(String sql, List<Object> params) {
        List<Object> with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all;
        }
    }

    private static Where where(Query q) {
        StringBuilder sql = new StringBuilder(" where submitted_at is not null and status in (");
        List<Object> params = new ArrayList<>();
        sql.append(String.join(",", q.statuses().stream().map(s -> "?").toList())).append(')');
        q.statuses().forEach(s -> params.add(s.name()));
        if (q.regionCode() != null) {
            sql.append(" and region_code = ?");
            params.add(q.regionCode());
        }
        if (q.from() != null) {
            sql.append(" and submitted_at >= ?");
            params.add(q.from().atStartOfDay(BusinessTime.ZONE).toOffsetDateTime());
        }
        if (q.to() != null) {
            sql.append(" and submitted_at < ?");
            params.add(q.to().plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime());
        }
        if (q.idNumber() != null && !q.idNumber().isBlank()) {
            sql.append(" and upper(id_number) = ?");
            params.add(q.idNumber().strip().toUpperCase());
        }
        return new Where(sql.toString(), params);
    }
}
