package org.yibao.settlement.policy;

import java.time.OffsetDateTime;

/** One entry of a parameter row's history: the values it had from that version on, who set them, when and why. */
public record ParameterVersion(long parameterId, int version, ParameterValues values, String changedBy,
                               OffsetDateTime changedAt, String reason) {
}
