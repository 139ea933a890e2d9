package org.yibao.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.BusinessTime;

/** Reads applications: the citizen's 办件进度, one application with its history and materials, the clerks' queues. */
@Service
public class ApplicationQueries {

    static final String COLUMNS = """
            select id, type, variant, applicant_account, person_id, person_name, person_id_number, route, region_code,
                   status, summary, form::text as form_json, claimed_by, decided_by, decided_at, reason_code, reason,
                   created_at, submitted_at, updated_at
            from service_application""";

    private final JdbcClient jdbc;

    ApplicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Application> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(ApplicationQueries::application).optional();
    }

    /**
     * The application when the account may read it: it applied, or the application is about the account's own
     * person ({@code ownPersonId}). Anyone else gets nothing, as if it did not exist.
     */
    public Optional<Application> visibleTo(long accountId, @Nullable Long ownPersonId, long id) {
        return find(id).filter(a -> a.applicantAccount() == accountId
                || (ownPersonId != null && a.personId() == ownPersonId && a.status() != ApplicationStatus.DRAFT));
    }

    /**
     * 办件进度: the applications the account made, and those others made for its own person; drafts only its own.
     * {@code statuses} empty = all; {@code type} null = every type. Newest first.
     */
    public List<Application> progress(long accountId, @Nullable Long ownPersonId, Collection<ApplicationStatus> statuses,
                                      @Nullable ApplicationType type) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(
                " where (applicant_account = ? or (person_id = ? and status <> 'DRAFT'))");
        List<Object> params = new ArrayList<>(List.of(accountId, ownPersonId == null ? -1L : ownPersonId));
        if (!statuses.isEmpty()) {
            sql.append(" and status in (").append(String.join(",", statuses.stream().map(s -> "?").toList())).append(")");
            statuses.forEach(s -> params.add(s.name()));
        }
        if (type != null) {
            sql.append(" and type = ?");
            params.add(type.name());
        }
        sql.append(" order by created_at desc, id desc limit 200");
        return jdbc.sql(sql.toString()).params(params).query(ApplicationQueries::application).list();
    }

    /** 我办理的业务: how many of the account's applications are submitted and not yet decided. */
    public int countInProgress(long accountId, @Nullable Long ownPersonId) {
        return jdbc.sql("""
                select count(*) from service_application
                where (applicant_account = ? or person_id = ?) and status in ('SUBMITTED', 'IN_REVIEW')""")
                .params(accountId, ownPersonId == null ? -1L : ownPersonId).query(Integer.class).single();
    }

    public List<StatusChange> history(long id) {
        return jdbc.sql("""
                select from_status, to_status, actor, channel, reason_code, reason, at
                from service_application_event where application_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new StatusChange(rs.getString("from_status") == null ? null
                        : ApplicationStatus.valueOf(rs.getString("from_status")),
                        ApplicationStatus.valueOf(rs.getString("to_status")), rs.getString("actor"),
                        rs.getString("channel"), rs.getString("reason_code"), rs.getString("reason"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    public List<Material> materials(long id) {
        return jdbc.sql("""
                select id, application_id, kind, file_name, content_type, size_bytes, sha256, uploaded_at
                from service_application_material where application_id = ? order by id""")
                .param(id).query(Material.class).list();
    }

    /** A material's bytes, checked against the checksum it was stored with. */
    public Optional<byte[]> materialContent(long applicationId, long materialId) {
        return jdbc.sql("select content, sha256 from service_application_material where id = ? and application_id = ?")
                .params(materialId, applicationId)
                .query((rs, n) -> {
                    byte[] content = rs.getBytes("content");
                    if (!org.yibao.common.Upload.sha256(content).equals(rs.getString("sha256"))) {
                        throw new IllegalStateException("material " + materialId + " does not match its checksum");
                    }
                    return content;
                }).optional();
    }

    /** The kinds of commitment accepted for the application. */
    public List<String> commitmentKinds(long id) {
        return jdbc.sql("select kind from service_application_commitment where application_id = ? order by kind")
                .param(id).query(String.class).list();
    }

    /** The commitments with their text versions and times. */
    public List<Commitment> commitments(long id) {
        return jdbc.sql("""
                select kind, text_version, accepted_at from service_application_commitment
                where application_id = ? order by accepted_at""").param(id).query(Commitment.class).list();
    }

    /** One accepted commitment. */
    public record Commitment(String kind, String textVersion, OffsetDateTime acceptedAt) {
    }

    /** The back office's filters; null = any. {@code regionCode} null only for administrators. */
    public record Filter(@Nullable String regionCode, @Nullable ApplicationType type, @Nullable ApplicationStatus status,
                         @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String idNumber) {
    }

    /** Submitted applications (never drafts) matching the filter, oldest submission first, a page at a time. */
    public List<Application> search(Filter f, int offset, int limit) {
        Where w = where(f);
        return jdbc.sql(COLUMNS + w.sql + " order by submitted_at, id offset ? limit ?")
                .params(w.with(offset, limit)).query(ApplicationQueries::application).list();
    }

    public int count(Filter f) {
        Where w = where(f);
        return jdbc.sql("select count(*) from service_application" + w.sql).params(w.params).query(Integer.class).single();
    }

    /**
     * Like {@link #search} but among several statuses (the back office's default queue: submitted and in review);
     * {@code statuses} empty = every status but drafts. The filter's own status, when set, narrows further.
     */
    public List<Application> searchAmong(Filter f, Collection<ApplicationStatus> statuses, int offset, int limit) {
        return searchAmong(f, statuses, Order.OLDEST_FIRST, offset, limit);
    }

    /** {@link #searchAmong(Filter, Collection, int, int)} in the given order; equal values keep the number's order. */
    public List<Application> searchAmong(Filter f, Collection<ApplicationStatus> statuses, Order order, int offset,
                                         int limit) {
        Where w = among(where(f), statuses);
        return jdbc.sql(COLUMNS + w.sql + " order by " + order.sql() + ", id offset ? limit ?")
                .params(w.with(offset, limit)).query(ApplicationQueries::application).list();
    }

    /**
     * The order of a back-office list: a column and its direction. Types and statuses sort in their declared order
     * (the workflow's), regions by code, the rest by value; ties by number, so a page never repeats a row.
     */
    public record Order(Column column, boolean descending) {

        public static final Order OLDEST_FIRST = new Order(Column.SUBMITTED, false);

        public enum Column { NUMBER, TYPE, REGION, SUBMITTED, STATUS }

        String sql() {
            String expression = switch (column) {
                case NUMBER -> "id";
                case TYPE -> ranked("type", ApplicationType.values());
                case REGION -> "region_code";
                case SUBMITTED -> "submitted_at";
                case STATUS -> ranked("status", ApplicationStatus.values());
            };
            return expression + (descending ? " desc" : " asc");
        }

        /** The constants' declared order as a SQL rank (their names are code, never input). */
        private static String ranked(String column, Enum<?>[] values) {
            StringBuilder sql = new StringBuilder("case ").append(column);
            for (Enum<?> v : values) {
                sql.append(" when '").append(v.name()).append("' then ").append(v.ordinal());
            }
            return sql.append(" end").toString();
        }
    }

    /** Where an application stands in the oldest-first order of the back office's lists. */
    public record Key(OffsetDateTime submittedAt, long id) {
    }

    /** The keys of the first {@code limit} applications {@link #searchAmong} would list, oldest first. */
    public List<Key> keysAmong(Filter f, Collection<ApplicationStatus> statuses, int limit) {
        Where w = among(where(f), statuses);
        return jdbc.sql("select submitted_at, id from service_application" + w.sql
                        + " order by submitted_at, id limit ?")
                .params(w.with(limit)).query((rs, n) -> new Key(rs.getObject(1, OffsetDateTime.class), rs.getLong(2)))
                .list();
    }

    /** The applications of the given numbers, in no particular order. */
    public List<Application> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where id = any(?)").param(ids.toArray(Long[]::new))
                .query(ApplicationQueries::application).list();
    }

    public int countAmong(Filter f, Collection<ApplicationStatus> statuses) {
        Where w = among(where(f), statuses);
        return jdbc.sql("select count(*) from service_application" + w.sql).params(w.params).query(Integer.class).single();
    }

    private static Where among(Where w, Collection<ApplicationStatus> statuses) {
        if (statuses.isEmpty()) {
            return w;
        }
        List<Object> params = new ArrayList<>(w.params);
        statuses.forEach(s -> params.add(s.name()));
        return new Where(w.sql + " and status in (" + String.join(",", statuses.stream().map(s -> "?").toList()) + ")",
                params);
    }

    /** Count per type and status for the statistics page. */
    public record Tally(ApplicationType type, ApplicationStatus status, int count) {
    }

    public List<Tally> tally(Filter f) {
        Where w = where(f);
        return jdbc.sql("select type, status, count(*)::int as count from service_application" + w.sql
                        + " group by type, status order by type, status")
                .params(w.params).query(Tally.class).list();
    }

    private record Where(String sql, List<Object> params) {
        List<Object> with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all;
        }
    }

    private static Where where(Filter f) {
        StringBuilder sql = new StringBuilder(" where status <> 'DRAFT'");
        List<Object> params = new ArrayList<>();
        if (f.regionCode() != null) {
            sql.append(" and region_code = ?");
            params.add(f.regionCode());
        }
        if (f.type() != null) {
            sql.append(" and type = ?");
            params.add(f.type().name());
        }
        if (f.status() != null) {
            sql.append(" and status = ?");
            params.add(f.status().name());
        }
        if (f.from() != null) {
            sql.append(" and submitted_at >= ?");
            params.add(f.from().atStartOfDay(BusinessTime.ZONE).toOffsetDateTime());
        }
        if (f.to() != null) {
            sql.append(" and submitted_at < ?");
            params.add(f.to().plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime());
        }
        if (f.idNumber() != null && !f.idNumber().isBlank()) {
            sql.append(" and person_id_number = ?");
            params.add(f.idNumber().strip().toUpperCase());
        }
        return new Where(sql.toString(), params);
    }

    static Application application(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getLong("id"), ApplicationType.valueOf(rs.getString("type")), rs.getString("variant"),
                rs.getLong("applicant_account"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getString("person_id_number"), SubjectRoute.valueOf(rs.getString("route")),
                rs.getString("region_code"), ApplicationStatus.valueOf(rs.getString("status")), rs.getString("summary"),
                rs.getString("form_json"), rs.getString("claimed_by"), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("reason_code"), rs.getString("reason"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
