package org.yibao.common.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.yibao.common.HashingGate;

/** Every hash and comparison through the {@link HashingGate}: no caller can hash outside the bound. */
record GatedPasswordEncoder(PasswordEncoder delegate, HashingGate gate) implements PasswordEncoder {

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        try (HashingGate.Permit permit = gate.enter()) {
            return delegate.encode(rawPassword);
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        try (HashingGate.Permit permit = gate.enter()) {
            return delegate.matches(rawPassword, encodedPassword);
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
