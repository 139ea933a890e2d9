package org.yibao.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An uploaded material (证明材料) checked by its content, not its name: JPEG, PNG or PDF, at most
 * {@value #MAX_BYTES} bytes. Carries the SHA-256 under which it is stored and verified.
 */
public record Upload(String fileName, String contentType, byte[] content, String sha256) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The upload, or the error code that refuses it (empty file, too large, not an image or PDF). */
    public static Result check(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            return new Result(null, "UPLOAD_EMPTY");
        }
        if (content.length > MAX_BYTES) {
            return new Result(null, "UPLOAD_TOO_LARGE");
        }
        Optional<String> type = sniff(content);
        if (type.isEmpty()) {
            return new Result(null, "UPLOAD_TYPE");
        }
        return new Result(new Upload(safeName(originalName, type.get()), type.get(), content, sha256(content)), null);
    }

    public record Result(Upload upload, String errorCode) {
    }

    static Optional<String> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length >= 5 && new String(b, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /** Keeps letters, digits, CJK and a few marks of the name; never a path. */
    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[^\\p{L}\\p{N}._\\-() ]", "_").strip();
        if (base.isEmpty()) {
            base = "material";
        }
        if (base.length() > 100) {
            base = base.substring(base.length() - 100);
        }
        return base;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
