package org.yibao.insured.internal;

import com.lowagie.text.pdf.BaseFont;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The font receipts are written in. No CJK font is published on Maven Central, so a subset of one found on the
 * server is embedded (text then renders and extracts as Chinese anywhere); without one, Adobe's standard
 * STSong-Light is referenced, which every PDF reader with Asian font support renders, so a receipt can always be made.
 */
@Component
public class ReceiptFont {

    static final List<String> KNOWN_LOCATIONS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "C:/Windows/Fonts/msyh.ttc,0",
            "C:/Windows/Fonts/simsun.ttc,0",
            "/System/Library/Fonts/PingFang.ttc,0");
    static final String FALLBACK = "STSong-Light";

    private static final Logger log = LoggerFactory.getLogger(ReceiptFont.class);

    private final BaseFont font;

    ReceiptFont(ReceiptProperties properties) {
        this.font = choose(candidates(properties.fontPath()));
        log.info("Receipts (缴费票据) use the font {}{}", font.getPostscriptFontName(),
                font.getFontType() == BaseFont.FONT_TYPE_TTUNI ? " (subset embedded)" : " (not embedded)");
    }

    public BaseFont baseFont() {
        return font;
    }

    static List<String> candidates(@Nullable String configured) {
        List<String> out = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            String path = configured.strip();
            out.add(path.toLowerCase().endsWith(".ttc") ? path + ",0" : path);
        }
        out.addAll(KNOWN_LOCATIONS);
        return out;
    }

    /** The first candidate that exists and loads; STSong-Light with the UCS-2 CMap when none does. */
    static BaseFont choose(List<String> candidates) {
        for (String candidate : candidates) {
            String file = candidate.replaceFirst(",\\d+$", "");
            if (!new File(file).isFile()) {
                continue;
            }
            try {
                return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (Exception e) {
                log.warn("Cannot use {} for receipts: {}", candidate, e.getMessage());
            }
        }
        try {
            return BaseFont.createFont(FALLBACK, "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("OpenPDF lacks its CJK resources for " + FALLBACK, e);
        }
    }
}
