package org.yibao.settlement.institution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.catalog.InstitutionSignatures;

/**
 * The institution API's single service URL (API.md §1). The {@code x-tif-*} signature is checked first with the
 * same {@link InstitutionSignatures} as 电子凭证解码: a bad signature, stale timestamp or replayed nonce answers
 * HTTP 401 with an empty body and changes nothing else. The nonce is spent in the transaction that answers the call
 * ({@link FsiMessages}). Everything after that answers HTTP 200 with the envelope.
 */
@RestController
@Tag(name = "定点医药机构接口 Institution API")
class FsiEndpoint {

    private final InstitutionSignatures signatures;
    private final FsiMessages messages;

    FsiEndpoint(InstitutionSignatures signatures, FsiMessages messages) {
        this.signatures = signatures;
        this.messages = messages;
    }

    @PostMapping(path = "${yibao.fsi.path:/fsi/api/rsfComIfsService/callService}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "All national transactions by infno: 9001/9002, 1101, 2201-2208, 2301-2305, 2401-2405, "
            + "2101-2103, 2601, 5203/5204/5206, 3201")
    ResponseEntity<String> callService(@RequestHeader(name = "x-tif-paasid", required = false) @Nullable String paasid,
                                       @RequestHeader(name = "x-tif-timestamp", required = false) @Nullable String timestamp,
                                       @RequestHeader(name = "x-tif-nonce", required = false) @Nullable String nonce,
                                       @RequestHeader(name = "x-tif-signature", required = false) @Nullable String signature,
                                       @RequestBody(required = false) @Nullable String body) {
        if (paasid == null || nonce == null || !signatures.authentic(paasid, timestamp, nonce, signature)) {
            return ResponseEntity.status(401).build();
        }
        String answer = messages.answer(paasid, nonce, body);
        if (answer == null) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }
}
