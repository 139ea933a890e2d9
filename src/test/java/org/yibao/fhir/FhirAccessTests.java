package org.yibao.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;

/** Who may read what through /fhir/r4, and how every refusal and bad input is answered. */
class FhirAccessTests extends FhirTest {

    private static final String WANG = "13800000001";
    private static final String WANG_ID_NUMBER = "130203197503121017";

    @Test
    void answersMetadataToAnyoneAsFhirJson() {
        Fhir r = fhir("/metadata", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/fhir+json");
        assertThat(r.json().get("resourceType").asString()).isEqualTo("CapabilityStatement");
        assertThat(r.json().get("fhirVersion").asString()).isEqualTo("4.0.1");
    }

    @Test
    void refusesAReadWithoutCredentialsAsOperationOutcome401() {
        Fhir r = fhir("/Patient/" + personOf(WANG), null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(r.issue()).isEqualTo("login");
        assertThat(fhir("/Patient/" + personOf(WANG), "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void showsTheCitizenTheirOwnIdentifiersAndABoundPersonsOnlyMasked() {
        String wang = login(WANG, "Yibao2025");
        Fhir own = fhir("/Patient/" + personOf(WANG), wang);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains(WANG_ID_NUMBER).doesNotContain("MASKED");

        TestPerson proxy = insuredPerson("冯志远", "130200", "246810", null);
        TestPerson member = insuredPerson("冯秀兰", "130200", "246810", null);
        String phone = registeredPhone("Fhir2025ok");
        long account = jdbc.sql("update identity_account set person_id = ?, real_name_method = 'SOCIAL_CARD', "
                + "real_name_at = now() where phone = ? returning id").params(proxy.id(), phone).query(Long.class).single();
        String token = login(phone, "Fhir2025ok");
        assertThat(fhir("/Patient/" + member.id(), token).status()).as("not bound yet").isEqualTo(403);

        jdbc.sql("""
                insert into family_proxy_member (proxy_account, member_person, relationship, route, status,
                    commitment_accepted, created_at, bound_at) values (?, ?, 'GRANDCHILD', 'ID_CARD', 'ACTIVE', true, now(), now())""")
                .params(account, member.id()).update();
        Fhir masked = fhir("/Patient/" + member.id(), token);
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.body()).doesNotContain(member.idNumber()).contains("MASKED")
                .contains(member.idNumber().substring(0, 4) + "**********" + member.idNumber().substring(14));
        assertThat(masked.json().get("birthDate").asString()).hasSize(4);
        assertThat(fhir("/Patient/" + proxy.id(), token).body()).contains(proxy.idNumber());
        assertThat(fhir("/ExplanationOfBenefit/" + newestSettlement(personOf(WANG)), token).status())
                .as("another person's settlement").isEqualTo(403);
        assertThat(fhir("/ExplanationOfBenefit?patient=Patient/" + personOf(WANG), token).status()).isEqualTo(403);
    }

    @Test
    void refusesACitizenWithoutRealNameVerificationAnyPersonsRecords() {
        String token = login(registeredPhone("Fhir2025ok"), "Fhir2025ok");
        for (String path : new String[] {"/Coverage", "/ExplanationOfBenefit", "/Patient/" + personOf(WANG),
                "/Claim/" + newestSettlement(personOf(WANG))}) {
            Fhir r = fhir(path, token);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.issue()).isEqualTo("forbidden");
        }
        assertThat(fhir("/Organization/130200", token).status()).isEqualTo(200);
    }

    @Test
    void letsAnInstitutionReadOnlyThePersonsAndSettlementsOfItsOwnVisits() {
        long wang = personOf(WANG);
        String setl = newestSettlement(wang);
        String own = institutionOf(setl);
        String other = jdbc.sql("""
                select institution_code from catalog_institution_credential where active and institution_code not in
                  (select institution_code from settlement_settlement where person_id = ?) order by 1 limit 1""")
                .param(wang).query(String.class).single();

        Fhir eob = signed("/ExplanationOfBenefit/" + setl, own);
        assertThat(eob.status()).isEqualTo(200);
        assertThat(eob.json().get("provider").get("reference").asString()).isEqualTo("Organization/" + own);
        assertThat(signed("/Patient/" + wang, own).body()).contains(WANG_ID_NUMBER);
        Fhir visits = signed("/Claim?_count=50", own);
        visits.json().get("entry").forEach(e ->
                assertThat(e.get("resource").get("provider").get("reference").asString()).isEqualTo("Organization/" + own));

        assertThat(fhir(staffSession("cashier-" + own, "Cashier2025"), "/ExplanationOfBenefit/" + setl).status())
                .as("the institution's cashier").isEqualTo(200);
        assertThat(fhir(staffSession("cashier-" + other, "Cashier2025"), "/ExplanationOfBenefit/" + setl).status())
                .isEqualTo(403);
        assertThat(signed("/ExplanationOfBenefit/" + setl, other).status()).isEqualTo(403);
        Fhir refused = signed("/Patient/" + wang, other);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.issue()).isEqualTo("forbidden");
    }

    @Test
    void refusesAReplayedOrForgedInstitutionSignature() {
        String setl = newestSettlement(personOf(WANG));
        String institution = institutionOf(setl);
        long now = Instant.now().getEpochSecond();
        String nonce = UUID.randomUUID().toString();
        assertThat(signed("/Claim/" + setl, institution, now, nonce, "demo-token-" + institution).status()).isEqualTo(200);
        assertThat(signed("/Claim/" + setl, institution, now, nonce, "demo-token-" + institution).status())
                .as("the same nonce again").isEqualTo(401);
        assertThat(signed("/Claim/" + setl, institution, now, UUID.randomUUID().toString(), "guessed").status())
                .isEqualTo(401);
        assertThat(signed("/Claim/" + setl, institution, now - 3600, UUID.randomUUID().toString(),
                "demo-token-" + institution).status()).as("an hour old").isEqualTo(401);
    }

    @Test
    void letsAClerkReadTheirOwnRegionOnly() {
        long wang = personOf(WANG);
        String setl = newestSettlement(wang);
        WebSession tangshan = staffSession("clerk130200", "Clerk2025");
        assertThat(fhir(tangshan, "/ExplanationOfBenefit/" + setl).status()).isEqualTo(200);
        assertThat(fhir(tangshan, "/Patient/" + wang).body()).contains(WANG_ID_NUMBER);
        Fhir region = fhir(tangshan, "/ExplanationOfBenefit?_count=50");
        assertThat(region.status()).isEqualTo(200);
        region.json().get("entry").forEach(e -> assertThat(e.get("resource").get("insurer").get("reference").asString())
                .isEqualTo("Organization/130200"));

        WebSession baoding = staffSession("clerk130600", "Clerk2025");
        assertThat(fhir(baoding, "/ExplanationOfBenefit/" + setl).status()).isEqualTo(403);
        assertThat(fhir(baoding, "/Patient/" + wang).status()).isEqualTo(403);
        assertThat(fhir(staffSession("admin", "Admin2025"), "/ExplanationOfBenefit/" + setl).status()).isEqualTo(200);
    }

    @Test
    void answersUnknownTypesAndIdsWith404AndOtherMethodsWith405() {
        String token = login(WANG, "Yibao2025");
        assertThat(fhir("/Medication/1", token).status()).isEqualTo(404);
        assertThat(fhir("/Medication", token).status()).isEqualTo(404);
        assertThat(fhir("/ExplanationOfBenefit/S000000000000000", token).status()).isEqualTo(404);
        assertThat(fhir("/Patient/99999999999", token).status()).as("not the citizen's").isEqualTo(403);
        assertThat(fhir("/Patient/abc%3Cscript%3E", token).status()).isEqualTo(404);
        assertThat(fhir("/Coverage/1-2-3", token).status()).isEqualTo(404);
        assertThat(fhir("/a/b/c/d", token).issue()).isEqualTo("not-found");
        Fhir outside = send(HttpRequest.newBuilder(URI.create(url("/fhir/r5/Patient/1"))).GET().build());
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        Fhir post = send(HttpRequest.newBuilder(URI.create(url("/fhir/r4/Patient")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resourceType\":\"Patient\"}")).build());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(fhir("/metadata?_format=xml", null).status()).isEqualTo(406);
    }

    @Test
    void refusesMalformedSearchParametersWith400() {
        String token = login(WANG, "Yibao2025");
        for (String query : new String[] {"created=2025-13-40", "created=abc", "created=ge1800", "_count=0",
                "_count=99999999", "_offset=-1", "_offset=20000", "unknown=1", "patient=Patient/x",
                "created=ge2025&created=le2025&created=eq2025", "patient=" + "1".repeat(120)}) {
            Fhir r = fhir("/ExplanationOfBenefit?" + query, token);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        }
        assertThat(fhir("/Patient?name=x", token).status()).isEqualTo(400);
    }

    @Test
    void searchesSettlementsByPatientAndDate() {
        String token = login(WANG, "Yibao2025");
        long wang = personOf(WANG);
        int year = jdbc.sql("""
                select extract(year from setl_time at time zone 'Asia/Shanghai')::int from settlement_settlement
                where person_id = ? order by setl_time desc limit 1""").param(wang).query(Integer.class).single();
        long inYear = jdbc.sql("""
                select count(*) from settlement_settlement where person_id = ?
                  and extract(year from setl_time at time zone 'Asia/Shanghai') = ?""").params(wang, year)
                .query(Long.class).single();
        Fhir found = fhir("/ExplanationOfBenefit?patient=Patient/" + wang + "&created=" + year + "&_count=50", token);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("type").asString()).isEqualTo("searchset");
        assertThat(found.json().get("entry")).hasSize((int) Math.min(inYear, 50));
        found.json().get("entry").forEach(e -> assertThat(e.get("resource").get("created").asString()).startsWith(year + "-"));

        assertThat(fhir("/ExplanationOfBenefit?created=ge" + (year + 1) + "-01-01", token).json().get("total").asInt())
                .isZero();
        Fhir page = fhir("/Claim?_count=1", token);
        assertThat(page.json().get("entry")).hasSize(1);
        assertThat(page.body()).contains("\"relation\": \"next\"");
    }
}
