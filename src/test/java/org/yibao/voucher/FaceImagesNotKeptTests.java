package org.yibao.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.yibao.support.CameraFrames;
import org.yibao.support.YibaoHttpTest;

/**
 * The camera frames of a face check are used for the check and nowhere kept: no table holds any part of them (not
 * even inside a session), no log line; a try without frames is refused as "no camera" and counts nothing.
 */
class FaceImagesNotKeptTests extends YibaoHttpTest {

    @Value("${logging.file.name}")
    String logFile;

    @Test
    void noTableAndNoLogHoldsAnythingOfTheFramesOfAPassedCheck() throws Exception {
        String token = citizen();
        String marker = "FRAME" + UUID.randomUUID().toString().replace("-", "");
        byte[] jpeg = withComment(CameraFrames.jpeg(), marker);
        String base64 = Base64.getEncoder().encodeToString(jpeg);
        String id = start(token);
        Json attempt = post("/api/v1/voucher/face-verifications/" + id + "/attempts",
                Map.of("frames", List.of(base64, base64, base64)), token);
        assertThat(attempt.text("outcome")).isEqualTo("PASSED");

        String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.US_ASCII));
        String base64Piece = base64.substring(base64.length() / 2, base64.length() / 2 + 40);
        List<String> tables = jdbc.sql("""
                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")
                .query(String.class).list();
        assertThat(tables).hasSizeGreaterThan(20);
        for (String table : tables) {
            long hits = jdbc.sql("select count(*) from " + table + " t where t::text like ? or t::text like ? "
                    + "or t::text like ?").params("%" + marker + "%", "%" + hex + "%", "%" + base64Piece + "%")
                    .query(Long.class).single();
            assertThat(hits).as(table).isZero();
        }
        Path log = Path.of(logFile);
        if (Files.exists(log)) {
            assertThat(Files.readString(log)).doesNotContain(marker).doesNotContain(base64Piece);
        }
    }

    @Test
    void aTryWithoutFramesIsRefusedAsNoCameraAndCountsNoTry() {
        String token = citizen();
        String id = start(token);
        Json refused = post("/api/v1/voucher/face-verifications/" + id + "/attempts", Map.of(), token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("FACE_FRAMES_MISSING");
        Json notJpeg = post("/api/v1/voucher/face-verifications/" + id + "/attempts",
                Map.of("frames", List.of(Base64.getEncoder().encodeToString("GIF89a".getBytes()))), token);
        assertThat(notJpeg.text("code")).isEqualTo("FACE_FRAMES_INVALID");
        assertThat(jdbc.sql("select attempts from voucher_face_verification where id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    private String citizen() {
        TestPerson person = insuredPerson("冯照片", "130200", "246810", null);
        String phone = registeredPhone("Secret2025");
        jdbc.sql("""
                update identity_account set person_id = ?, real_name_method = 'SOCIAL_CARD', real_name_at = now()
                where phone = ?""").params(person.id(), phone).update();
        return login(phone, "Secret2025");
    }

    private String start(String token) {
        Json started = post("/api/v1/voucher/face-verifications", Map.of("purpose", "ACTIVATION"), token);
        assertThat(started.status()).isEqualTo(201);
        return started.text("id");
    }

    /** The JPEG with a comment segment (FF FE) right after its start: a marker no other data holds. */
    private static byte[] withComment(byte[] jpeg, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xFF);
        out.write(text, 0, text.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
