package org.yibao.voucher.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.yibao.common.BusinessException;
import org.yibao.common.IdNumber;
import org.yibao.common.Problem;
import org.yibao.support.CameraFrames;
import org.yibao.support.ProviderStub;
import org.yibao.support.ProviderStub.Received;
import org.yibao.support.ProviderStub.Reply;
import org.yibao.voucher.FaceFrames;
import org.yibao.voucher.FaceVerifier.Subject;

/** 阿里云实人认证 (ContrastFaceVerify) through the official SDK, against a local stand-in of its HTTP interface. */
class AliyunFaceVerifierTests {

    private static final ProviderStub STUB = new ProviderStub();
    private static final Subject WANG = new Subject("王建国", new IdNumber("130203197503121017"));

    @AfterAll
    static void stop() {
        STUB.close();
    }

    private static AliyunFaceVerifier verifier() throws Exception {
        return new AliyunFaceVerifier(new FaceProperties(Duration.ofMinutes(5), List.of(), "aliyun", "LTAI-face-key",
                "face-secret", 1000000123L, "ID_MIN", STUB.endpoint(), "http"));
    }

    private static Reply answer(String passed, String subCode) {
        return new Reply(200, "{\"RequestId\":\"8FC3D6AC\",\"Code\":\"200\",\"Message\":\"success\",\"ResultObject\":"
                + "{\"Passed\":\"" + passed + "\",\"SubCode\":\"" + subCode + "\",\"CertifyId\":\"91707dc2\"}}");
    }

    @Test
    void sendsTheSceneTheNameTheIdNumberAndTheLastFrameToContrastFaceVerify() throws Exception {
        STUB.answer(answer("T", "200"));
        byte[] last = CameraFrames.jpeg();
        FaceFrames frames = FaceFrames.parse(List.of(CameraFrames.dataUrl(), Base64.getEncoder().encodeToString(last)));
        assertThat(verifier().matches(WANG, frames)).isTrue();
        Received r = STUB.received().get(0);
        assertThat(r.query()).containsEntry("Action", "ContrastFaceVerify").containsEntry("Version", "2019-03-07")
                .containsEntry("AccessKeyId", "LTAI-face-key").containsKey("Signature");
        assertThat(r.query().toString() + r.headers()).doesNotContain("face-secret");
        Map<String, String> form = form(r.body());
        assertThat(form).containsEntry("SceneId", "1000000123").containsEntry("ProductCode", "ID_MIN")
                .containsEntry("CertType", "IDENTITY_CARD").containsEntry("CertName", "王建国")
                .containsEntry("CertNo", "130203197503121017")
                .containsEntry("FaceContrastPicture", Base64.getEncoder().encodeToString(last))
                .containsKey("OuterOrderNo");
    }

    @Test
    void aFaceThatIsNotThePersonsFailsTheTry() throws Exception {
        STUB.answer(answer("F", "205"));
        assertThat(verifier().matches(WANG, FaceFrames.parse(CameraFrames.three()))).isFalse();
    }

    @Test
    void aProviderThatCannotJudgeIsUnavailableNotAFailedFace() throws Exception {
        STUB.answer(new Reply(200, "{\"RequestId\":\"R\",\"Code\":\"412\",\"Message\":\"欠费中\"}"));
        AliyunFaceVerifier verifier = verifier();
        assertThatThrownBy(() -> verifier.matches(WANG, FaceFrames.parse(CameraFrames.three())))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNAVAILABLE);
                    assertThat(e.code()).isEqualTo("FACE_PROVIDER_FAILED");
                });
        STUB.answer(new Reply(503, "{\"RequestId\":\"R\",\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"));
        assertThatThrownBy(() -> verifier.matches(WANG, FaceFrames.parse(CameraFrames.three())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("FACE_PROVIDER_FAILED"));
    }

    @Test
    void doesNotStartWithoutKeysAndScene() {
        assertThatThrownBy(() -> new AliyunFaceVerifier(new FaceProperties(Duration.ofMinutes(5), List.of(), "aliyun",
                null, null, null, "ID_MIN", "cloudauth.aliyuncs.com", "https")))
                .hasMessageContaining("yibao.face.key-id").hasMessageContaining("yibao.face.scene-id");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
