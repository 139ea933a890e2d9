package org.yibao.service.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.Material;

/** An application's material as a download, or for images a thumbnail at most {@value #THUMB} pixels wide and high. */
public final class MaterialResponses {

    public static final int THUMB = 240;

    private MaterialResponses() {
    }

    /** The material of the application (already checked visible), or NOT_FOUND when it belongs elsewhere. */
    public static ResponseEntity<byte[]> file(ApplicationQueries queries, long applicationId, long materialId,
                                              boolean thumb) {
        Material material = queries.materials(applicationId).stream().filter(m -> m.id() == materialId).findFirst()
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        byte[] content = queries.materialContent(applicationId, materialId)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
        if (thumb && material.image()) {
            byte[] small = thumbnail(content);
            if (small != null) {
                return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noStore()).body(small);
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(material.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(material.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    /** The image scaled down to fit {@value #THUMB} pixels, as PNG; null when it cannot be read as an image. */
    static byte @org.jspecify.annotations.Nullable [] thumbnail(byte[] content) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                return null;
            }
            double scale = Math.min(1.0, (double) THUMB / Math.max(image.getWidth(), image.getHeight()));
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.drawImage(image, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
