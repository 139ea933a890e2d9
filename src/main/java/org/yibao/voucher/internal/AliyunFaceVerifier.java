package org.yibao.voucher.internal;

import com.aliyun.cloudauth20190307.Client;
import com.aliyun.cloudauth20190307.models.ContrastFaceVerifyRequest;
import com.aliyun.cloudauth20190307.models.ContrastFaceVerifyResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.voucher.FaceFrames;
import org.yibao.voucher.FaceVerifier;

/**
 * 阿里云实人认证 (cloudauth 2019-03-07, ContrastFaceVerify, server side) through Alibaba Cloud's official SDK: the
 * last camera frame (base64, in the request body only) with the person's name and ID number; the service checks
 * liveness and compares the face with the ID's photo. Passed = {@code Code 200} and {@code Passed T}. The picture
 * is sent, not kept: no file, no row, no log line holds it. Chosen by {@code yibao.face.provider=aliyun}.
 */
@Component
@Primary
@ConditionalOnProperty(prefix = "yibao.face", name = "provider", havingValue = "aliyun")
class AliyunFaceVerifier implements FaceVerifier {

    private static final Logger log = LoggerFactory.getLogger(AliyunFaceVerifier.class);

    private final FaceProperties properties;
    private final Client client;

    AliyunFaceVerifier(FaceProperties properties) throws Exception {
        properties.requireComplete();
        this.properties = properties;
        Config config = new Config().setAccessKeyId(properties.keyId()).setAccessKeySecret(properties.keySecret())
                .setProtocol(properties.protocol().toUpperCase(Locale.ROOT)).setConnectTimeout(3000)
                .setReadTimeout(10000);
        config.setEndpoint(properties.endpoint());
        this.client = new Client(config);
    }

    @Override
    public boolean matches(Subject person, FaceFrames frames) {
        ContrastFaceVerifyRequest request = new ContrastFaceVerifyRequest().setSceneId(properties.sceneId())
                .setOuterOrderNo(UUID.randomUUID().toString().replace("-", ""))
                .setProductCode(properties.productCode()).setCertType("IDENTITY_CARD")
                .setCertName(person.name()).setCertNo(person.idNumber().value())
                .setFaceContrastPicture(Base64.getEncoder().encodeToString(frames.last()));
        ContrastFaceVerifyResponseBody answer;
        try {
            answer = client.contrastFaceVerifyWithOptions(request, new RuntimeOptions()).getBody();
        } catch (TeaException e) {
            throw unavailable(e.getCode(), person);
        } catch (Exception e) {
            throw unavailable("NO_ANSWER", person);
        }
        if (answer == null || !"200".equals(answer.getCode()) || answer.getResultObject() == null) {
            throw unavailable(answer == null ? "EMPTY" : answer.getCode(), person);
        }
        boolean passed = "T".equals(answer.getResultObject().getPassed());
        log.info("face check of {}: {} (sub code {})", person, passed ? "passed" : "failed",
                answer.getResultObject().getSubCode());
        return passed;
    }

    /** The service could not judge (keys, scene, balance, outage): no try is counted, the person may try later. */
    private static BusinessException unavailable(String code, Subject person) {
        log.warn("face check of {} not answered by the provider: {}", person, code);
        return new BusinessException(Problem.UNAVAILABLE, "FACE_PROVIDER_FAILED");
    }
}
