package org.yibao.voucher;

import java.time.Instant;

/**
 * A dynamic QR code (动态医保码) as shown: its text, when it stops being accepted, and the picture.
 *
 * @param image the code as a PNG data URI
 */
public record QrCode(String text, Instant issuedAt, Instant expiresAt, String image) {

    @Override
    public String toString() {
        return "QrCode[" + issuedAt + "]";
    }
}
