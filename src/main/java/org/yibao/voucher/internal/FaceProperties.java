package org.yibao.voucher.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Face verification (人脸识别).
 *
 * @param ttl                   how long a started verification may be performed and then used
 * @param demoFailIdNumbers     ID numbers whose liveness check the demo adapter fails, to show and test the
 *                              failure path; empty by default
 */
@ConfigurationProperties("yibao.face")
public record FaceProperties(@DefaultValue("5m") Duration ttl, @DefaultValue List<String> demoFailIdNumbers) {
}
