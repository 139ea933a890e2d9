package org.yibao.voucher;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.QrImages;
import org.yibao.voucher.internal.QrCodec;
import org.yibao.voucher.internal.SigningKeys;
import org.yibao.voucher.internal.VoucherProperties;

/**
 * 展码: issues the dynamic QR code of an active e-voucher. Codes are signed with SM2 and carry their issue time, so
 * issuing writes nothing; {@link EcTokens} checks them when an institution scans one, and accepts each once.
 */
@Service
public class QrCodes {

    private final QrCodec codec;
    private final SigningKeys keys;
    private final EVouchers evouchers;
    private final VoucherProperties properties;
    private final Clock clock;

    QrCodes(QrCodec codec, SigningKeys keys, EVouchers evouchers, VoucherProperties properties, Clock clock) {
        this.codec = codec;
        this.keys = keys;
        this.evouchers = evouchers;
        this.properties = properties;
        this.clock = clock;
    }

    /** A fresh code for the person on the channel; refuses when the person's e-voucher is not active. */
    public QrCode issue(long personId, String channel) {
        return issueAt(personId, channel, clock.instant());
    }

    /** The code as it was (or would have been) issued at {@code at}; tests use it to show an old code. */
    QrCode issueAt(long personId, String channel, Instant at) {
        EVoucherChannel ch = EVoucherChannel.parse(channel)
                .orElseThrow(() -> BusinessException.invalid("channel", "VOUCHER_CHANNEL_INVALID"));
        if (!evouchers.status(personId).active()) {
            throw new BusinessException(Problem.CONFLICT, "VOUCHER_NOT_ACTIVE");
        }
        byte[] nonce = new byte[8];
        keys.random().nextBytes(nonce);
        Instant issued = Instant.ofEpochSecond(at.getEpochSecond());
        String text = codec.encode(personId, ch.code(), issued.getEpochSecond(), nonce);
        return new QrCode(text, issued, issued.plus(properties.qrTtl()), QrImages.pngDataUri(text));
    }

    /** The channel a person's code is shown on when none is asked: the first they activated. */
    public String defaultChannel(long personId) {
        return evouchers.status(personId).channels().stream().findFirst().orElse(EVoucherChannel.NHSA_APP.name());
    }

    /** How long a code lives, for the page's countdown and refresh. */
    public long ttlSeconds() {
        return properties.qrTtl().toSeconds();
    }

    Optional<QrCodec.Payload> read(String text) {
        return codec.decode(text);
    }
}
