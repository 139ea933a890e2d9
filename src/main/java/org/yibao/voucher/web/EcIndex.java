package org.yibao.voucher.web;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The e-voucher index number ({@code ecIndexNo}): a stable, opaque number per person (SM3 of the ID number), so
 * that an institution can match visits without keeping the ID number as the key.
 */
final class EcIndex {

    private EcIndex() {
    }

    static String of(String idNumber) {
        SM3Digest sm3 = new SM3Digest();
        byte[] in = ("yibao-ec-index:" + idNumber).getBytes(StandardCharsets.UTF_8);
        sm3.update(in, 0, in.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return HexFormat.of().withUpperCase().formatHex(out, 0, 16);
    }
}
