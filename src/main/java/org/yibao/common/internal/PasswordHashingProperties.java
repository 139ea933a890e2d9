package org.yibao.common.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much password hashing may run at once.
 *
 * @param concurrency hashes (Argon2id, about 16 MB and tens of milliseconds each) running at the same time
 * @param maxWait how long a request waits for its turn before it is answered 429 with {@code Retry-After}
 */
@ConfigurationProperties("yibao.password-hashing")
record PasswordHashingProperties(@DefaultValue("4") int concurrency, @DefaultValue("2s") Duration maxWait) {
}
