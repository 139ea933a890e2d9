package org.yibao.family;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.yibao.common.Upload;

/**
 * A drawn signature (手写签名) as stored with a 家庭共济 commitment: a PNG by its content, that decodes, and that
 * holds ink, so that an empty canvas is not taken for a signature. Answers the refusal code, or empty.
 */
final class SignatureImage {

    static final int MAX_BYTES = 512 * 1024;
    private static final int MIN_INK_PIXELS = 20;

    private SignatureImage() {
    }

    static Optional<String> refusal(byte[] png) {
        if (png == null || png.length == 0) {
            return Optional.of("MUTUAL_AID_SIGNATURE_REQUIRED");
        }
        Upload.Result checked = Upload.check("signature.png", png);
        if (png.length > MAX_BYTES || checked.upload() == null || !"image/png".equals(checked.upload().contentType())) {
            return Optional.of("MUTUAL_AID_SIGNATURE_PNG");
        }
        BufferedImage image = decode(png);
        if (image == null) {
            return Optional.of("MUTUAL_AID_SIGNATURE_PNG");
        }
        return inkPixels(image) < MIN_INK_PIXELS ? Optional.of("MUTUAL_AID_SIGNATURE_BLANK") : Optional.empty();
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Pixels that are neither transparent nor near white, counted up to what is needed. */
    private static int inkPixels(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight() && ink < MIN_INK_PIXELS; y++) {
            for (int x = 0; x < image.getWidth() && ink < MIN_INK_PIXELS; x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int light = ((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF);
                if (alpha > 64 && light < 600) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
