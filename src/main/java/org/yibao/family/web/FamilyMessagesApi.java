package org.yibao.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.family.FamilyMessages;

/** 站内消息 about family bindings over the citizen API: the newest twenty, unread first. */
@RestController
@Tag(name = "亲情账户 Family accounts")
class FamilyMessagesApi {

    private final FamilyMessages familyMessages;
    private final CurrentCitizen citizen;
    private final Messages messages;

    FamilyMessagesApi(FamilyMessages familyMessages, CurrentCitizen citizen, Messages messages) {
        this.familyMessages = familyMessages;
        this.citizen = citizen;
        this.messages = messages;
    }

    record MessageView(long id, String kind, String text, @Nullable String reasonCode, OffsetDateTime createdAt,
                       boolean read) {
    }

    @GetMapping("/api/v1/family/messages")
    @Operation(summary = "站内消息 about bindings: approved, rejected with the reason, another binder of a bound child")
    List<MessageView> list() {
        return familyMessages.latest(citizen.accountId(), 20).stream()
                .map(m -> new MessageView(m.id(), m.kind().name(), FamilyMessages.text(messages, m), m.reasonCode(),
                        m.createdAt(), m.read()))
                .toList();
    }
}
