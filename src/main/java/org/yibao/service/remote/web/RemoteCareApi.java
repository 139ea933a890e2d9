package org.yibao.service.remote.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.service.Application;
import org.yibao.service.RemoteCareFilings;
import org.yibao.service.Subjects;
import org.yibao.service.remote.RemoteCareApplying;
import org.yibao.service.remote.RemoteCareForm;
import org.yibao.service.remote.RemoteCarePersons;
import org.yibao.service.remote.RemoteCareResults;

/**
 * Citizen REST API for 跨省异地就医备案: file in one request (self, a 亲情代办 member by {@code personId}, or
 * another person by ID number, phone and e-voucher password), list the results, revoke a filing.
 */
@RestController
@Tag(name = "跨省异地就医备案 Remote care")
class RemoteCareApi {

    private final RemoteCareApplying applying;
    private final RemoteCarePersons persons;
    private final RemoteCareResults results;
    private final RemoteCareFilings filings;
    private final Subjects subjects;
    private final CurrentCitizen citizen;

    RemoteCareApi(RemoteCareApplying applying, RemoteCarePersons persons, RemoteCareResults results,
                  RemoteCareFilings filings, Subjects subjects, CurrentCitizen citizen) {
        this.applying = applying;
        this.persons = persons;
        this.results = results;
        this.filings = filings;
        this.subjects = subjects;
        this.citizen = citizen;
    }

    /** Another person, verified by their e-voucher password. */
    record Other(String idNumber, String phone, String evoucherPassword) {
    }

    record FileRequest(@Nullable Long personId, @Nullable Other other, @Nullable String kind,
                       @Nullable String category, @Nullable String provinceCode, @Nullable String cityCode,
                       @Nullable String startDate, @Nullable String phone, @Nullable String contactName,
                       @Nullable String contactPhone, @Nullable String contactAddress, boolean noticeRead,
                       boolean commitmentAccepted, @Nullable String signature) {
    }

    record Filed(long applicationId, String status, @Nullable Long filingId, @Nullable LocalDate startDate,
                 @Nullable LocalDate endDate) {
    }

    record ResultView(long applicationId, @Nullable Long filingId, String kind, String personName, String destination,
                      @Nullable OffsetDateTime submittedAt, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                      String state, boolean revocable, @Nullable String reasonCode, @Nullable String reason) {
        static ResultView of(RemoteCareResults.Result r) {
            return new ResultView(r.applicationId(), r.filingId(), r.kind(), r.personName(), r.destination(),
                    r.submittedAt(), r.startDate(), r.endDate(), r.state(), r.revocable(), r.reasonCode(), r.reason());
        }
    }

    @PostMapping("/api/v1/applications/remote-care")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "跨省异地就医备案: 须知 read and 承诺书 signed (typed name), submitted at once")
    Filed file(@RequestBody FileRequest body) {
        long account = citizen.accountId();
        if (!body.noticeRead()) {
            throw BusinessException.invalid("noticeRead", "REMOTE_NOTICE_REQUIRED");
        }
        if (!body.commitmentAccepted()) {
            throw BusinessException.invalid("commitmentAccepted", "REMOTE_COMMITMENT_REQUIRED");
        }
        Subjects.Subject subject = body.other() != null
                ? persons.add(account, body.other().idNumber(), body.other().phone(), body.other().evoucherPassword(),
                        AuditTrail.Channel.API)
                : body.personId() != null ? persons.subject(account, body.personId(), AuditTrail.Channel.API)
                : subjects.self(account);
        RemoteCareForm form = new RemoteCareForm(body.kind(), body.category(), body.provinceCode(), body.cityCode(),
                body.startDate(), body.phone(), body.contactName(), body.contactPhone(), body.contactAddress(), null);
        long id = applying.fileAtOnce(account, subject, form, body.signature() == null ? "" : body.signature(),
                AuditTrail.Channel.API);
        Application a = applying.own(account, id);
        RemoteCareFilings.Filing f = filings.byApplication(id).orElse(null);
        return new Filed(id, a.status().name(), f == null ? null : f.id(), f == null ? null : f.startDate(),
                f == null ? null : f.endDate());
    }

    @GetMapping("/api/v1/remote-care/filings")
    @Operation(summary = "备案结果查询: own, 亲情代办 members', added persons' and applied-for filings")
    List<ResultView> list() {
        return results.of(citizen.accountId()).stream().map(ResultView::of).toList();
    }

    @PostMapping("/api/v1/remote-care/filings/{id}/revoke")
    @Operation(summary = "撤销 a filing (by filing id) the account applied for")
    ResultView revoke(@PathVariable long id) {
        long account = citizen.accountId();
        RemoteCareFilings.Filing f = filings.find(id)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        applying.revoke(account, f.applicationId(), AuditTrail.Channel.API);
        return results.one(account, f.applicationId()).map(ResultView::of).orElseThrow();
    }
}
