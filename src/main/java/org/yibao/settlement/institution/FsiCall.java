package org.yibao.settlement.institution;

import java.time.Instant;
import org.yibao.catalog.Institution;
import tools.jackson.databind.JsonNode;

/**
 * One authenticated, well-formed call: the calling institution (its code equals the {@code x-tif-paasid}), the
 * envelope fields handlers need and the {@code input} object.
 */
record FsiCall(Institution institution, String infno, String msgid, String signNo, String opter, JsonNode input,
               Instant receivedAt) {

    String institutionCode() {
        return institution.code();
    }

    /** The institution grade for the policy parameters: 1-3, 0 for pharmacies. */
    int level() {
        return institution.level() == null ? 0 : institution.level();
    }

    /** {@code input.data}, refused when missing. */
    JsonNode data() {
        return FsiInput.object(input, "data");
    }
}
