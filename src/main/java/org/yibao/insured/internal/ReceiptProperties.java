package org.yibao.insured.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How receipts (缴费票据) are rendered.
 *
 * @param fontPath a CJK TrueType font (or collection, {@code file.ttc,0}) to embed; when unset, common locations of
 *                 Debian, Windows and macOS are tried, then Adobe's STSong-Light (not embedded)
 */
@ConfigurationProperties("yibao.receipts")
public record ReceiptProperties(@Nullable String fontPath) {
}
