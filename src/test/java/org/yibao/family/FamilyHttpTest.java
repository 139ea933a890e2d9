package org.yibao.family;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.AuditTrail;
import org.yibao.support.Multipart;
import org.yibao.support.TestIds;
import org.yibao.support.YibaoHttpTest;
import org.yibao.voucher.FaceVerifications;

/** Fresh persons of any age, insurance type and status, with logged-in accounts, for the family tests. */
abstract class FamilyHttpTest extends YibaoHttpTest {

    @Autowired
    protected FaceVerifications faces;

    record Person(long id, String name, String idNumber) {
    }

    record Citizen(Person person, long accountId, String token) {
    }

    protected Person person(String name, String region, String insutype, String status, int age) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.now().minusYears(age).minusDays(1 + r.nextInt(300));
        String id = TestIds.idNumber(region.substring(0, 4) + "02", birth, r.nextBoolean());
        long personId = jdbc.sql("insert into insured_person (id_number, name, gender, birth_date) values (?, ?, ?, ?) returning id")
                .params(id, name, (id.charAt(16) - '0') % 2 == 1 ? "1" : "2", birth).query(Long.class).single();
        if (insutype != null) {
            jdbc.sql("""
                    insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(personId, region, insutype, "310".equals(insutype) ? "1101" : "1501", status,
                            LocalDate.of(2015, 1, 1)).update();
        }
        return new Person(personId, name, id);
    }

    protected Person adult(String name) {
        return person(name, "130200", "390", "1", 40);
    }

    /** A registered, real-name verified citizen for the person. */
    protected Citizen citizen(Person p) {
        String phone = registeredPhone("Secret2025");
        long account = jdbc.sql("select id from identity_account where phone = ?").param(phone).query(Long.class).single();
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where id = ?")
                .params(p.id(), account).update();
        return new Citizen(p, account, login(phone, "Secret2025"));
    }

    protected Citizen employee(String name) {
        return citizen(person(name, "130200", "310", "1", 45));
    }

    protected Json addFamilyMember(Citizen c, Person member, String relationship) {
        Multipart m = new Multipart().field("name", member.name()).field("idNumber", member.idNumber())
                .field("relationship", relationship)
                .file("commitment", "commitment.png", "image/png", Multipart.png())
                .file("householdRegister", "hukou.png", "image/png", Multipart.png());
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/family/accounts")))
                .header("Content-Type", m.contentType()).header("Authorization", "Bearer " + c.token())
                .POST(m.body()).build());
    }

    /** 亲情代办 of a child by the 未办理身份证 route, with the commitment ticked and a 户口簿 photo. */
    protected Json bindChildForProxy(Citizen c, Person child, String relationship) {
        Multipart m = new Multipart().field("name", child.name()).field("idNumber", child.idNumber())
                .field("relationship", relationship).field("route", "NO_ID_CARD").field("commitmentAccepted", "true")
                .file("householdRegister", "hukou.png", "image/png", Multipart.png());
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/family/proxy")))
                .header("Content-Type", m.contentType()).header("Authorization", "Bearer " + c.token())
                .POST(m.body()).build());
    }

    /** The demo household register lists the citizen as the child's guardian, so the demo check confirms them. */
    protected void household(Citizen guardian, Person child) {
        jdbc.sql("insert into family_household (guardian_person, member_person) values (?, ?) on conflict do nothing")
                .params(guardian.person().id(), child.id()).update();
    }

    /** The member looks into the camera (the demo verifier passes) and the citizen completes the binding. */
    protected Json passFace(Citizen c, String facePath, String completePath) {
        String id = facePath.substring(facePath.lastIndexOf('/') + 1);
        faces.attempt(id, c.accountId(), AuditTrail.Channel.API, org.yibao.support.CameraFrames.three());
        return post(completePath, Map.of("faceVerification", id), c.token());
    }

    protected Json delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token).DELETE().build());
    }

    protected Json send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Json(r.statusCode(), r.body().isBlank() ? null : JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
