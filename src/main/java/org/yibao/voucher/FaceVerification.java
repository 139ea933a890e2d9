package org.yibao.voucher;

import java.time.Instant;

/**
 * One face verification: for whom, started by which account, for what, and where the person goes once it passed.
 *
 * @param status PENDING (not passed yet), PASSED (may be used once) or CONSUMED
 */
public record FaceVerification(String id, long personId, long accountId, String purpose, String returnPath,
                               String status, int attempts, Instant expiresAt) {

    public boolean passed() {
        return "PASSED".equals(status);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The return path with {@code faceVerification=<id>} added, for the page that started it. */
    public String returnUrl() {
        return returnPath + (returnPath.contains("?") ? "&" : "?") + "faceVerification=" + id;
    }
}
