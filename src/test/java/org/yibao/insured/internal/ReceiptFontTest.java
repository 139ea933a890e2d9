package org.yibao.insured.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.BaseFont;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A receipt can always be made: with an embedded font found on the server, else with Adobe's STSong-Light. */
class ReceiptFontTest {

    private static final String WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    @Test
    void fallsBackToStSongLightWhenNoFontIsInstalled() throws IOException {
        BaseFont font = ReceiptFont.choose(List.of("/nowhere/font.ttc,0", "/nowhere/font.ttf"));
        assertThat(font.getPostscriptFontName()).startsWith("STSong-Light");
        assertThat(text(font)).contains("欧阳明月", "肆佰元整");
    }

    @Test
    void embedsTheFirstFontFoundAndItsTextExtractsAsChinese() throws IOException {
        assumeTrue(new File(WQY).isFile(), "fonts-wqy-microhei is installed (.ci/run installs it)");
        BaseFont font = ReceiptFont.choose(ReceiptFont.candidates(null));
        assertThat(font.getFontType()).isEqualTo(BaseFont.FONT_TYPE_TTUNI);
        assertThat(text(font)).contains("城乡居民基本医疗保险缴费票据", "欧阳明月", "肆佰元整", "开票单位：保定市医疗保障局");
    }

    @Test
    void aConfiguredCollectionIsReadAtItsFirstFont() {
        assertThat(ReceiptFont.candidates("/fonts/simsun.ttc").get(0)).isEqualTo("/fonts/simsun.ttc,0");
        assertThat(ReceiptFont.candidates("/fonts/simsun.ttf").get(0)).isEqualTo("/fonts/simsun.ttf");
    }

    private static String text(BaseFont font) throws IOException {
        ReceiptPdf pdf = new ReceiptPdf(new ReceiptFont(new ReceiptProperties(null)) {
            @Override
            public BaseFont baseFont() {
                return font;
            }
        });
        byte[] bytes = pdf.render("城乡居民基本医疗保险缴费票据", "说明", List.of(new ReceiptPdf.Row("缴费人", "欧阳明月"),
                new ReceiptPdf.Row("大写", "肆佰元整")), "开票单位：保定市医疗保障局", "保定市医疗保障局");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
