package org.yibao.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.yibao.common.InputErrors;

/**
 * The account password rule: 8 to 64 characters with both letters and digits, no spaces or Chinese characters, and
 * none of the most common passwords (a bundled list, compared without regard to case). Only printable ASCII is
 * allowed, so 64 characters are 64 bytes: within what every hash reads in full (Argon2id has no limit, BCrypt 72).
 */
public final class Passwords {

    static final int MIN = 8;
    static final int MAX = 64;
    private static final Set<String> COMMON = load("/identity/common-passwords.txt");

    private Passwords() {
    }

    public static void check(InputErrors errors, String field, String password, String confirmField, String confirmation) {
        if (password == null || password.isEmpty()) {
            errors.reject(field, "REQUIRED");
        } else if (password.length() < MIN || password.length() > MAX) {
            errors.reject(field, "PASSWORD_LENGTH", MIN, MAX);
        } else if (!password.matches("[\\x21-\\x7E]+")) {
            errors.reject(field, "PASSWORD_CHARACTERS");
        } else if (!password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            errors.reject(field, "PASSWORD_WEAK");
        } else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            errors.reject(field, "PASSWORD_COMMON");
        }
        if (confirmField != null && !errors.has(field) && !password.equals(confirmation)) {
            errors.reject(confirmField, "PASSWORD_MISMATCH");
        }
    }

    /**
     * Whether a typed password is longer than any valid one, counted in UTF-8 bytes: refused before it is hashed,
     * so that no hash (BCrypt reads only 72 bytes) ever sees more than {@value #MAX} bytes.
     */
    static boolean tooLong(String password) {
        return password.length() > MAX || password.getBytes(StandardCharsets.UTF_8).length > MAX;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Passwords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
