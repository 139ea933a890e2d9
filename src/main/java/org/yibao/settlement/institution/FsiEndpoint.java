package org.yibao.settlement.institution;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.common.DatabaseOutage;
import org.yibao.common.web.DirectEndpoint;

/**
 * The institution API's single service URL (API.md §1), served ahead of the web framework as a
 * {@link DirectEndpoint}. The {@code x-tif-*} signature is checked first with the same {@link InstitutionSignatures}
 * as 电子凭证解码: a bad signature, stale timestamp or replayed nonce answers HTTP 401 with an empty body and changes
 * nothing else. The nonce is spent in the transaction that answers the call ({@link FsiMessages}). Everything after
 * that answers HTTP 200 with the envelope.
 */
@Component
class FsiEndpoint implements DirectEndpoint {

    private final InstitutionSignatures signatures;
    private final FsiMessages messages;
    private final String path;

    FsiEndpoint(InstitutionSignatures signatures, FsiMessages messages,
                @Value("${yibao.fsi.path:/fsi/api/rsfComIfsService/callService}") String path) {
        this.signatures = signatures;
        this.messages = messages;
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String summary() {
        return "All national transactions by infno: 9001/9002, 1101, 2201-2208, 2301-2305, 2401-2405, 2101-2103, "
                + "2601, 5203/5204/5206, 3201";
    }

    @Override
    public String tag() {
        return "定点医药机构接口 Institution API";
    }

    /** Province gateways route by transaction: {@code …/callService/9001}, checked against the body's infno. */
    @Override
    public boolean routesByPath() {
        return true;
    }

    @Override
    public List<String> requiredHeaders() {
        return InstitutionSignatures.HEADERS;
    }

    /**
     * The answer; while the database is out of reach (an institution's token not cached yet during a failover) the
     * call is answered with the interface's own error code, to be sent again with its msgid.
     */
    @Override
    public Reply answer(Call call) {
        Optional<InstitutionSignatures.Signed> signed;
        try {
            signed = signatures.authentic(call::header);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            return Reply.ok(messages.unavailable(call.body()));
        }
        @Nullable String answer = signed
                .map(s -> messages.answer(s.paasid(), s, call.body(), call.pathSegment())).orElse(null);
        return answer == null ? new Reply(401, null) : Reply.ok(answer);
    }
}
