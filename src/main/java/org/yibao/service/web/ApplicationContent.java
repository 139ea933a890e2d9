package org.yibao.service.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yibao.common.web.Messages;
import org.yibao.service.Application;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.ApplicationTypeRules;
import org.yibao.service.FormLine;
import org.yibao.service.StatusChange;

/**
 * What the generic pages ask of an application's type: its content lines, whether the applicant may revoke it,
 * and where its own form continues a draft. Shared by the citizen's progress pages and the back office.
 */
@Component
public class ApplicationContent {

    private static final Logger log = LoggerFactory.getLogger(ApplicationContent.class);

    private final Map<ApplicationType, ApplicationTypeRules> rules = new EnumMap<>(ApplicationType.class);
    private final Messages messages;

    ApplicationContent(List<ApplicationTypeRules> types, Messages messages) {
        types.forEach(t -> rules.put(t.type(), t));
        this.messages = messages;
    }

    /** One line of the history with its reason as people read it. */
    public record HistoryLine(StatusChange change, @Nullable String reasonText) {
    }

    public List<HistoryLine> history(List<StatusChange> changes) {
        return changes.stream().map(c -> new HistoryLine(c, reasonText(c.reasonCode(), c.reason()))).toList();
    }

    /** The reason of a decision: the listed reason's text, then the clerk's own words; null when there is none. */
    public @Nullable String reasonText(@Nullable String code, @Nullable String text) {
        String label = null;
        if (code != null) {
            String key = code.equals("AUTO_RULE") ? "office.reason.AUTO_RULE" : "service.reason." + code;
            label = messages.text(key);
            if (label.equals(key)) {
                label = code;
            }
        }
        if (label == null) {
            return text;
        }
        return text == null ? label : messages.text("office.reason.full", label, text);
    }

    /** The reason shown with a rejected or revoked application; null otherwise. */
    public @Nullable String decisionReason(Application a) {
        if (a.status() != ApplicationStatus.REJECTED && a.status() != ApplicationStatus.REVOKED) {
            return null;
        }
        return reasonText(a.reasonCode(), a.reason());
    }

    /** The content lines of the application; none when its type cannot describe it. */
    public List<FormLine> lines(Application application) {
        Optional<ApplicationTypeRules> type = Optional.ofNullable(rules.get(application.type()));
        try {
            return type.map(t -> t.describe(application)).orElse(List.of());
        } catch (RuntimeException e) {
            log.warn("Application {} of type {} could not be described: {}", application.id(), application.type(), e.toString());
            return List.of();
        }
    }

    /** The applicant may revoke it now: approved, and its type allows applicants to revoke. */
    public boolean revocable(Application application) {
        return application.status() == ApplicationStatus.APPROVED
                && Optional.ofNullable(rules.get(application.type())).map(ApplicationTypeRules::revocableByApplicant)
                .orElse(false);
    }

    /** The applicant may still withdraw it: its status allows it and its type too (转移接续: not once handed over). */
    public boolean cancellable(Application application) {
        return application.status().cancellable() && Optional.ofNullable(rules.get(application.type()))
                .map(t -> t.cancellable(application)).orElse(true);
    }

    /** The regions whose clerks may read it (where it is decided now, and earlier regions of its type). */
    public List<String> regions(Application application) {
        return Optional.ofNullable(rules.get(application.type())).map(t -> t.regions(application))
                .orElse(List.of(application.regionCode()));
    }

    /** The type's own form, where a draft is continued. */
    public static String draftPath(Application application) {
        return "/services/" + application.type().path() + "/applications/" + application.id();
    }
}
