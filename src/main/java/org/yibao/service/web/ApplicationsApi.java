package org.yibao.service.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Applications;
import org.yibao.service.FormLine;
import org.yibao.service.Material;
import org.yibao.service.ServiceMessages;
import org.yibao.service.StatusChange;

/**
 * Citizen REST API (API.md §3): 办件进度 — the account's applications by status group or status and type, one
 * application with its content, materials and history, and the applicant's cancel and revoke. Submission is each
 * type's own call ({@code POST /api/v1/applications/<type>}).
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "办件进度 Applications")
class ApplicationsApi {

    private final ApplicationQueries queries;
    private final Applications applications;
    private final ServiceMessages serviceMessages;
    private final ApplicationContent content;
    private final CurrentCitizen citizen;
    private final Messages messages;

    ApplicationsApi(ApplicationQueries queries, Applications applications, ServiceMessages serviceMessages,
                    ApplicationContent content, CurrentCitizen citizen, Messages messages) {
        this.queries = queries;
        this.applications = applications;
        this.serviceMessages = serviceMessages;
        this.content = content;
        this.citizen = citizen;
        this.messages = messages;
    }

    record Summary(long id, String type, String typeName, String variant, String summary, String personName,
                   String idNumber, String route, String regionCode, String status, String statusName,
                   OffsetDateTime createdAt, @Nullable OffsetDateTime submittedAt,
                   @Nullable OffsetDateTime decidedAt) {
    }

    record Line(String label, String value) {
    }

    record MaterialView(long id, String kind, String fileName, String contentType, int sizeBytes, String sha256,
                        OffsetDateTime uploadedAt) {
        static MaterialView of(Material m) {
            return new MaterialView(m.id(), m.kind(), m.fileName(), m.contentType(), m.sizeBytes(), m.sha256(),
                    m.uploadedAt());
        }
    }

    record HistoryView(@Nullable String from, String to, String actor, String actorName, String channel,
                       @Nullable String reasonCode, @Nullable String reason, OffsetDateTime at) {
    }

    record Detail(Summary application, @Nullable String reasonCode, @Nullable String reason, List<Line> content,
                  List<MaterialView> materials, List<ApplicationQueries.Commitment> commitments,
                  List<HistoryView> history, boolean cancellable, boolean revocable) {
    }

    @GetMapping
    @Operation(summary = "办件进度: status IN_PROGRESS (受理中), COMPLETED (已完成) or one status name; type "
            + "CHRONIC_DISEASE or REMOTE_CARE; newest first")
    List<Summary> list(@RequestParam(required = false) String status, @RequestParam(required = false) String type) {
        Set<ApplicationStatus> statuses = statuses(status);
        ApplicationType chosenType = null;
        if (type != null && !type.isBlank()) {
            chosenType = ApplicationType.parse(type.strip())
                    .orElseThrow(() -> BusinessException.invalid("type", "OFFICE_TYPE_UNKNOWN"));
        }
        return queries.progress(citizen.accountId(), citizen.personId().orElse(null), statuses, chosenType).stream()
                .map(this::summary).toList();
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "One application with its content lines, materials (metadata), commitments and history")
    Detail one(@PathVariable long id) {
        Application a = ProgressPages.visible(queries, citizen, id);
        serviceMessages.readAbout(citizen.accountId(), id);
        return detail(a);
    }

    @PostMapping("/{id:\\d+}/cancel")
    @Operation(summary = "已取消: the applicant withdraws a draft or an application not yet decided")
    Detail cancel(@PathVariable long id) {
        ProgressPages.visible(queries, citizen, id);
        applications.cancel(citizen.accountId(), id, AuditTrail.Channel.API);
        return detail(queries.find(id).orElseThrow());
    }

    @PostMapping("/{id:\\d+}/revoke")
    @Operation(summary = "已撤销: the applicant revokes an approved registration where its type allows it")
    Detail revoke(@PathVariable long id) {
        Application a = ProgressPages.visible(queries, citizen, id);
        if (a.status() == ApplicationStatus.APPROVED && !content.revocable(a)) {
            throw new BusinessException(org.yibao.common.Problem.CONFLICT, "OFFICE_TYPE_NOT_REVOCABLE");
        }
        applications.revoke(citizen.accountId(), id, AuditTrail.Channel.API);
        return detail(queries.find(id).orElseThrow());
    }

    private static Set<ApplicationStatus> statuses(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        String s = status.strip().toUpperCase();
        if (s.equals("IN_PROGRESS")) {
            return ApplicationStatus.IN_PROGRESS;
        }
        if (s.equals("COMPLETED")) {
            return ApplicationStatus.COMPLETED;
        }
        for (ApplicationStatus one : ApplicationStatus.values()) {
            if (one.name().equals(s)) {
                return EnumSet.of(one);
            }
        }
        throw BusinessException.invalid("status", "OFFICE_STATUS_UNKNOWN");
    }

    private Summary summary(Application a) {
        return new Summary(a.id(), a.type().name(), messages.text("service.type." + a.type().name()), a.variant(),
                a.summary(), a.maskedName(), a.maskedIdNumber(), a.route().name(), a.regionCode(), a.status().name(),
                messages.text("service.status." + a.status().name()), a.createdAt(), a.submittedAt(), a.decidedAt());
    }

    private Detail detail(Application a) {
        boolean mine = a.applicantAccount() == citizen.accountId();
        List<Line> lines = content.lines(a).stream().map(this::line).toList();
        List<HistoryView> history = queries.history(a.id()).stream().map(this::history).toList();
        return new Detail(summary(a), a.reasonCode(), a.reason(), lines,
                queries.materials(a.id()).stream().map(MaterialView::of).toList(), queries.commitments(a.id()),
                history, mine && content.cancellable(a), mine && content.revocable(a));
    }

    private Line line(FormLine l) {
        String value = l.valueKey() != null ? messages.text(l.valueKey()) : l.value() == null ? "" : l.value();
        return new Line(messages.text(l.labelKey()), value);
    }

    private HistoryView history(StatusChange c) {
        return new HistoryView(c.from() == null ? null : c.from().name(), c.to().name(), c.actorKind(),
                messages.text("service.actor." + c.actorKind()), c.channel(), c.reasonCode(), c.reason(), c.at());
    }
}
