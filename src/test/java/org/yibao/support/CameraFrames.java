package org.yibao.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/** Camera frames as the face page sends them: small JPEGs, base64. */
public final class CameraFrames {

    private CameraFrames() {
    }

    /** A real JPEG picture (a face-coloured oval on grey). */
    public static byte[] jpeg() {
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 120, 160);
        g.setColor(new Color(0xE0, 0xAC, 0x69));
        g.fillOval(20, 20, 80, 110);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Three frames, one per liveness prompt, as base64 texts. */
    public static List<String> three() {
        String frame = Base64.getEncoder().encodeToString(jpeg());
        return List.of(frame, frame, frame);
    }

    /** The page's form field for one frame, as a data: URL. */
    public static String dataUrl() {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg());
    }
}
