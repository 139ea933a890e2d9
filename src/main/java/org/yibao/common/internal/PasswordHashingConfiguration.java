package org.yibao.common.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.yibao.common.HashingGate;

@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

    @Bean
    HashingGate hashingGate(PasswordHashingProperties properties) {
        return new HashingGate(properties.concurrency(), properties.maxWait());
    }

    /**
     * Argon2id for every secret people type (account, social security card and e-voucher passwords); the
     * {@code {id}} prefix lets us move to stronger parameters later without invalidating stored hashes. Every
     * hash passes the {@link HashingGate}. Argon2id reads the whole password (BCrypt, kept only to read old
     * hashes, would ignore bytes after the 72nd; passwords are at most 64 ASCII characters).
     */
    @Bean
    PasswordEncoder passwordEncoder(HashingGate gate) {
        return new GatedPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder())), gate);
    }
}
