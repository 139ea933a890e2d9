package org.yibao.voucher.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yibao.common.ProviderHealth;
import org.yibao.voucher.FaceVerifier;

/** {@code /manage/health} component {@code face}: whether a face-verification provider is configured. */
@Configuration(proxyBeanMethods = false)
class FaceHealth {

    @Bean
    ProviderHealth faceHealthIndicator(ObjectProvider<FaceVerifier> verifier) {
        return new ProviderHealth(verifier);
    }
}
