package org.yibao.insured;

/** A stored material of an enrollment (kind ID_DOCUMENT or PROOF), without its bytes. */
public record EnrollmentMaterial(long id, String kind, String fileName, String contentType, int sizeBytes, String sha256) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
