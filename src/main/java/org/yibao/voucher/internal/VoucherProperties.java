package org.yibao.voucher.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the e-voucher behaves.
 *
 * @param qrTtl         how long a dynamic QR code is accepted after it was shown (60 s: consumers know the code
 *                      refreshes every minute, and a screenshot must not work for long)
 * @param ecTokenTtl    how long an institution may use the ecToken of a decoded code
 * @param sm2PrivateKey a deployment's own SM2 private key (64 hex digits); when unset the key generated on first
 *                      start and kept in the database is used, so that every node signs and verifies alike
 */
@ConfigurationProperties("yibao.voucher")
public record VoucherProperties(@DefaultValue("60s") Duration qrTtl, @DefaultValue("30m") Duration ecTokenTtl,
                                @Nullable String sm2PrivateKey) {
}
