package org.yibao.fhir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/** Calls of the FHIR facade as its three kinds of callers make them: citizen token, institution signature, staff session. */
abstract class FhirTest extends YibaoHttpTest {

    /** A facade answer: status, media type, raw body and its JSON. */
    record Fhir(int status, String contentType, String body, JsonNode json) {
        String issue() {
            return json.get("issue").get(0).get("code").asString();
        }
    }

    Fhir fhir(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/fhir/r4" + path)))
                .header("Accept", "application/fhir+json").GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    /** A call signed like the institution's HIS signs the settlement API (demo token, fresh nonce). */
    Fhir signed(String path, String institution) {
        return signed(path, institution, Instant.now().getEpochSecond(), UUID.randomUUID().toString(),
                "demo-token-" + institution);
    }

    Fhir signed(String path, String institution, long timestamp, String nonce, String token) {
        String ts = Long.toString(timestamp);
        return send(HttpRequest.newBuilder(URI.create(url("/fhir/r4" + path))).GET()
                .header("x-tif-paasid", institution).header("x-tif-timestamp", ts).header("x-tif-nonce", nonce)
                .header("x-tif-signature", InstitutionSignatures.sign(ts, token, nonce)).build());
    }

    Fhir send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Fhir(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.body().isBlank() ? null : JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Fhir fhir(WebSession session, String path) {
        HttpResponse<String> r = session.get("/fhir/r4" + path, "application/fhir+json");
        return new Fhir(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                r.body().isBlank() ? null : JSON.readTree(r.body()));
    }

    long personOf(String phone) {
        return jdbc.sql("select person_id from identity_account where phone = ?").param(phone).query(Long.class).single();
    }

    /** The newest settlement of the person. */
    String newestSettlement(long personId) {
        return jdbc.sql("select setl_id from settlement_settlement where person_id = ? order by setl_time desc limit 1")
                .param(personId).query(String.class).single();
    }

    String institutionOf(String setlId) {
        return jdbc.sql("select institution_code from settlement_settlement where setl_id = ?").param(setlId)
                .query(String.class).single();
    }
}
