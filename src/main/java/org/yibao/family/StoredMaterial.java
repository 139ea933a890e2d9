package org.yibao.family;

/** An uploaded 亲情账户 material as listed (without its bytes). */
public record StoredMaterial(long id, String kind, String fileName, String contentType, int sizeBytes, String sha256) {
}
