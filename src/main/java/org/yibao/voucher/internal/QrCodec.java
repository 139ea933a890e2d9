package org.yibao.voucher.internal;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.springframework.stereotype.Component;

/**
 * The text of a dynamic QR code: {@code YB} and base64url of a 26-byte payload (version, person, channel, issue
 * second, 8-byte nonce) followed by its 64-byte SM2 signature (SM3 digest, r‖s). 122 characters: a small QR code
 * that cheap scanners read at once. Signed, not encrypted: it carries an internal id, never personal data.
 */
@Component
public class QrCodec {

    static final String PREFIX = "YB";
    private static final byte VERSION = 1;
    private static final int PAYLOAD = 26;
    private static final int SIGNATURE = 64;

    private final SigningKeys keys;

    QrCodec(SigningKeys keys) {
        this.keys = keys;
    }

    /** What a code says once its signature is proven. */
    public record Payload(long personId, int channel, long issuedAtSecond, String nonce) {
    }

    public String encode(long personId, int channel, long issuedAtSecond, byte[] nonce) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD).put(VERSION).putLong(personId).put((byte) channel)
                .putLong(issuedAtSecond).put(nonce, 0, 8);
        byte[] signature = sign(payload.array());
        byte[] all = ByteBuffer.allocate(PAYLOAD + SIGNATURE).put(payload.array()).put(signature).array();
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /** The payload when the text is a code this platform signed, unchanged; empty for anything else. */
    public Optional<Payload> decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (all.length != PAYLOAD + SIGNATURE || all[0] != VERSION || !verify(all)) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(all, 1, PAYLOAD - 1);
        long person = b.getLong();
        int channel = b.get();
        long issued = b.getLong();
        byte[] nonce = new byte[8];
        b.get(nonce);
        return Optional.of(new Payload(person, channel, issued, HexFormat.of().formatHex(nonce)));
    }

    private byte[] sign(byte[] payload) {
        SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
        signer.init(true, new ParametersWithRandom(keys.privateKey(), keys.random()));
        signer.update(payload, 0, payload.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    private boolean verify(byte[] all) {
        SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
        signer.init(false, keys.publicKey());
        signer.update(all, 0, PAYLOAD);
        byte[] signature = new byte[SIGNATURE];
        System.arraycopy(all, PAYLOAD, signature, 0, SIGNATURE);
        return signer.verifySignature(signature);
    }
}
