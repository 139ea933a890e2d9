package org.yibao.voucher.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Face verification (人脸识别 / 实人认证).
 *
 * @param ttl                   how long a started verification may be performed and then used
 * @param demoFailIdNumbers     ID numbers whose liveness check the demo adapter fails, to show and test the
 *                              failure path; empty by default
 * @param provider              {@code aliyun} (阿里云实人认证 ContrastFaceVerify); empty: none (the demo profile's
 *                              adapter passes every face)
 * @param keyId                 AccessKey ID of the provider
 * @param keySecret             AccessKey Secret; never shown anywhere
 * @param sceneId               the 认证场景 ID created in the provider's console
 * @param productCode           the provider's product ({@code ID_MIN}: face compared with the ID's photo)
 * @param endpoint              the provider's host, to override its public one ({@code host:port})
 * @param protocol              {@code https} (default), {@code http} only for a local stand-in of the provider
 */
@ConfigurationProperties("yibao.face")
public record FaceProperties(@DefaultValue("5m") Duration ttl, @DefaultValue List<String> demoFailIdNumbers,
                             @Nullable String provider, @Nullable String keyId, @Nullable String keySecret,
                             @Nullable Long sceneId, @DefaultValue("ID_MIN") String productCode,
                             @DefaultValue("cloudauth.aliyuncs.com") String endpoint,
                             @DefaultValue("https") String protocol) {

    /** Refuses to start a provider with a missing setting, naming every one (never a value). */
    void requireComplete() {
        List<String> missing = new ArrayList<>();
        if (keyId == null || keyId.isBlank()) {
            missing.add("yibao.face.key-id");
        }
        if (keySecret == null || keySecret.isBlank()) {
            missing.add("yibao.face.key-secret");
        }
        if (sceneId == null) {
            missing.add("yibao.face.scene-id");
        }
        if (!"https".equals(protocol) && !"http".equals(protocol)) {
            missing.add("yibao.face.protocol (https or http)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("face provider " + provider + " is missing " + String.join(", ", missing));
        }
    }
}
