package org.yibao.service.remote;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.Masking;
import org.yibao.common.PersonAccess;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.RemoteCareFilings;
import org.yibao.service.RemoteCareFilings.Filing;

/**
 * 备案结果查询 / 备案申报进度查询 (seed 000): the 备案 applications the account made and those of the persons it
 * may file for, with the filing each granted: 申报业务, 备案人, 就医地址, 申请时间, 开始时间, 结束时间, 备案状态.
 */
@Service
public class RemoteCareResults {

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final RemoteCareFilings filings;
    private final RemoteCareForms forms;
    private final RemoteCarePersons persons;

    RemoteCareResults(JdbcClient jdbc, RemoteCareFilings filings, RemoteCareForms forms, RemoteCarePersons persons,
                      PersonAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.filings = filings;
        this.forms = forms;
        this.persons = persons;
    }

    /**
     * One line of the result list. {@code state} is the message suffix of 备案状态 (ACTIVE 备案成功, EXPIRED,
     * REVOKED, IN_REVIEW, REJECTED, CANCELLED); {@code revocable} when this account may revoke it now.
     */
    public record Result(long applicationId, @Nullable Long filingId, String kind, long personId, String personName,
                         String destination, @Nullable OffsetDateTime submittedAt, @Nullable LocalDate startDate,
                         @Nullable LocalDate endDate, String state, boolean revocable, @Nullable String reasonCode,
                         @Nullable String reason, boolean mine) {
    }

    private record Row(long id, long applicantAccount, long personId, String personName, String variant,
                       String status, String formJson, @Nullable OffsetDateTime submittedAt, @Nullable String reasonCode,
                       @Nullable String reason) {
    }

    public List<Result> of(long accountId) {
        List<Long> people = persons.personIds(accountId);
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        String in = "";
        if (!people.isEmpty()) {
            in = " or person_id in (" + String.join(",", people.stream().map(p -> "?").toList()) + ")";
            params.addAll(people);
        }
        List<Row> rows = jdbc.sql("""
                select id, applicant_account, person_id, person_name, variant, status, form::text as form_json,
                       submitted_at, reason_code, reason
                from service_application where type = 'REMOTE_CARE' and status <> 'DRAFT'
                and (applicant_account = ?""" + in + ") order by submitted_at desc, id desc limit 200")
                .params(params).query(Row.class).list();
        Map<Long, Filing> byApplication = filings.ofPersons(rows.stream().map(Row::personId).distinct().toList())
                .stream().collect(Collectors.toMap(Filing::applicationId, Function.identity()));
        LocalDate today = forms.today();
        return rows.stream().map(r -> result(accountId, r, byApplication.get(r.id()), today)).toList();
    }

    private Result result(long accountId, Row r, @Nullable Filing f, LocalDate today) {
        RemoteCareForm form = forms.read(r.formJson());
        ApplicationStatus status = ApplicationStatus.valueOf(r.status());
        String state = switch (status) {
            case SUBMITTED, IN_REVIEW -> "IN_REVIEW";
            case REJECTED -> "REJECTED";
            case CANCELLED -> "CANCELLED";
            case REVOKED -> "REVOKED";
            default -> f == null || !f.currentOn(today) ? "EXPIRED" : "ACTIVE";
        };
        boolean mine = r.applicantAccount() == accountId;
        LocalDate start = f != null ? f.startDate() : RemoteCareForms.parseDate(form.startDate());
        return new Result(r.id(), f == null ? null : f.id(), r.variant(), r.personId(), Masking.name(r.personName()),
                forms.destinationName(form.provinceCode(), form.cityCode()), r.submittedAt(), start,
                f == null ? null : f.endDate(), state,
                "ACTIVE".equals(state) && (mine || access.may(accountId, PersonAccess.Action.REMOTE_CARE, r.personId())),
                status == ApplicationStatus.REJECTED ? r.reasonCode() : null,
                status == ApplicationStatus.REJECTED ? r.reason() : null, mine);
    }

    /** One line, when the account may see it. */
    public java.util.Optional<Result> one(long accountId, long applicationId) {
        return of(accountId).stream().filter(r -> r.applicationId() == applicationId).findFirst();
    }
}
