package org.yibao.service.remote;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Masking;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationType;
import org.yibao.service.ApplicationTypeRules;
import org.yibao.service.FormLine;
import org.yibao.service.Material;
import org.yibao.service.RemoteCareFilings;
import org.yibao.service.RemoteCareFilings.Filing;
import org.yibao.service.RemoteCareFilings.Kind;

/**
 * 跨省异地就医备案 on the common workflow: a submission needs a valid form, the 须知 read and the 承诺书 signed
 * (instead of proof of residence), no filing in force and no other open application of the person; approval
 * grants the filing (long-term: until revoked; temporary: the region's months from the start date); a long-term
 * filing cannot be revoked within six months of its approval.
 */
@Component
class RemoteCareRules implements ApplicationTypeRules {

    static final String NOTICE = "NOTICE";
    static final String COMMITMENT = "COMMITMENT";
    static final int LONG_TERM_LOCK_MONTHS = 6;

    private final JdbcClient jdbc;
    private final RemoteCareForms forms;
    private final RemoteCareFilings filings;
    private final Clock clock;

    RemoteCareRules(JdbcClient jdbc, RemoteCareForms forms, RemoteCareFilings filings, Clock clock) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.filings = filings;
        this.clock = clock;
    }

    @Override
    public ApplicationType type() {
        return ApplicationType.REMOTE_CARE;
    }

    @Override
    public void checkSubmit(Application a, List<Material> materials, List<String> accepted) {
        RemoteCareForm f = forms.read(a.formJson());
        forms.check(f, a.regionCode());
        if (!accepted.contains(NOTICE)) {
            throw BusinessException.invalid("notice", "REMOTE_NOTICE_REQUIRED");
        }
        if (!accepted.contains(COMMITMENT) || RemoteCareForms.blank(f.signature())) {
            throw BusinessException.invalid("signature", "REMOTE_COMMITMENT_REQUIRED");
        }
        refuseWhileFiledOrOpen(a.personId(), a.id());
    }

    /** Refuses a new filing while the person has one in force (or starting later) or another open application. */
    void refuseWhileFiledOrOpen(long personId, long exceptApplication) {
        expire(personId);
        filings.ofPersons(List.of(personId)).stream().filter(x -> x.status() == RemoteCareFilings.Status.ACTIVE)
                .findFirst().ifPresent(x -> {
                    throw RemoteCareForms.conflict("REMOTE_ALREADY_FILED", forms.destinationName(x.provinceCode(),
                            x.cityCode()));
                });
        int open = jdbc.sql("""
                select count(*) from service_application where person_id = ? and type = 'REMOTE_CARE'
                and status in ('SUBMITTED', 'IN_REVIEW') and id <> ?""")
                .params(personId, exceptApplication).query(Integer.class).single();
        if (open > 0) {
            throw RemoteCareForms.conflict("REMOTE_APPLICATION_OPEN");
        }
    }

    @Override
    public void approved(Application a) {
        RemoteCareForm f = forms.read(a.formJson());
        Kind kind = Kind.valueOf(f.kind());
        LocalDate start = RemoteCareForms.parseDate(f.startDate());
        expire(a.personId());
        try {
            jdbc.sql("""
                    insert into service_remote_filing (person_id, application_id, insured_region_code, kind, category,
                        province_code, city_code, start_date, end_date, approved_at, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')""")
                    .params(a.personId(), a.id(), a.regionCode(), kind.name(), f.category(), f.provinceCode(),
                            f.cityCode(), start, forms.endDate(kind, start, a.regionCode()), OffsetDateTime.now(clock))
                    .update();
        } catch (DuplicateKeyException e) {
            throw RemoteCareForms.conflict("REMOTE_ALREADY_FILED", "");
        }
    }

    @Override
    public void revoked(Application a) {
        Filing filing = filings.byApplication(a.id())
                .filter(x -> x.status() == RemoteCareFilings.Status.ACTIVE)
                .orElseThrow(() -> RemoteCareForms.conflict("REMOTE_FILING_NOT_ACTIVE"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (filing.kind() == Kind.LONG_TERM) {
            LocalDate free = filing.approvedAt().atZoneSameInstant(BusinessTime.ZONE).toLocalDate()
                    .plusMonths(LONG_TERM_LOCK_MONTHS);
            if (BusinessTime.today(clock).isBefore(free)) {
                throw new BusinessException(Problem.CONFLICT, "REMOTE_LONG_TERM_LOCKED", free.toString());
            }
        }
        jdbc.sql("update service_remote_filing set status = 'REVOKED', revoked_at = ? where id = ? and status = 'ACTIVE'")
                .params(now, filing.id()).update();
    }

    @Override
    public List<FormLine> describe(Application a) {
        RemoteCareForm f = forms.read(a.formJson());
        List<FormLine> lines = new ArrayList<>();
        lines.add(FormLine.key("remotecare.field.kind", "remotecare.kind." + f.kind()));
        if (f.category() != null) {
            lines.add(FormLine.key("remotecare.field.category", "remotecare.category." + f.category()));
        }
        lines.add(FormLine.text("remotecare.field.destination", forms.destinationName(f.provinceCode(), f.cityCode())));
        lines.add(FormLine.text("remotecare.field.startDate", f.startDate()));
        LocalDate start = RemoteCareForms.parseDate(f.startDate());
        Filing filing = filings.byApplication(a.id()).orElse(null);
        LocalDate end = filing != null ? filing.endDate()
                : start == null || f.kind() == null ? null : forms.endDate(Kind.valueOf(f.kind()), start, a.regionCode());
        if (Kind.LONG_TERM.name().equals(f.kind())) {
            lines.add(FormLine.key("remotecare.field.endDate", "remotecare.validity.longTerm"));
        } else {
            lines.add(FormLine.text("remotecare.field.endDate", end == null ? "" : end.toString()));
        }
        lines.add(FormLine.text("remotecare.field.phone", f.phone() == null ? "" : Masking.phone(f.phone())));
        lines.add(FormLine.text("remotecare.field.contactName", f.contactName()));
        lines.add(FormLine.text("remotecare.field.contactPhone",
                f.contactPhone() == null ? "" : Masking.phone(f.contactPhone())));
        lines.add(FormLine.text("remotecare.field.contactAddress", f.contactAddress()));
        if (f.signature() != null) {
            lines.add(FormLine.text("remotecare.field.signature", f.signature()));
        }
        return lines;
    }

    @Override
    public boolean revocableByApplicant() {
        return true;
    }

    @Override
    public java.util.Optional<org.yibao.common.PersonAccess.Action> proxyAction() {
        return java.util.Optional.of(org.yibao.common.PersonAccess.Action.REMOTE_CARE);
    }

    @Override
    public boolean autoApprovable(Application application) {
        return true;
    }

    /** A temporary filing past its last day is no longer active. */
    private void expire(long personId) {
        jdbc.sql("""
                update service_remote_filing set status = 'EXPIRED'
                where person_id = ? and status = 'ACTIVE' and end_date is not null and end_date < ?""")
                .params(personId, BusinessTime.today(clock)).update();
    }
}
