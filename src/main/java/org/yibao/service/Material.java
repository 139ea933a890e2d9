package org.yibao.service;

import java.time.OffsetDateTime;

/** An uploaded material's description; the content is read separately. */
public record Material(long id, long applicationId, String kind, String fileName, String contentType, int sizeBytes,
                       String sha256, OffsetDateTime uploadedAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
