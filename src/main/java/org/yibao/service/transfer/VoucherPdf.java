package org.yibao.service.transfer;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Lays the 参保缴费凭证 out on one A5 landscape page in a CJK font found on the server (embedded as a subset), or
 * Adobe's STSong-Light when there is none, as the premium receipts do.
 */
@Component
class VoucherPdf {

    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");

    private volatile BaseFont font;

    /** One line of the voucher: what, and its value. */
    record Row(String label, String value) {
    }

    byte[] render(String title, List<Row> rows, String issuer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5.rotate(), 36, 36, 24, 24);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Yibao");
        document.open();
        Paragraph heading = new Paragraph(title, new Font(font(), 16, Font.BOLD));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(8);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {32, 68});
        table.setWidthPercentage(100);
        Font text = new Font(font(), 10.5f);
        for (Row row : rows) {
            table.addCell(new PdfPCell(new Phrase(row.label(), text)));
            table.addCell(new PdfPCell(new Phrase(row.value(), text)));
        }
        PdfPCell by = new PdfPCell(new Phrase(issuer, text));
        by.setColspan(2);
        by.setBorder(0);
        by.setHorizontalAlignment(Element.ALIGN_RIGHT);
        by.setPaddingTop(12);
        table.addCell(by);
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private BaseFont font() {
        if (font == null) {
            font = choose();
        }
        return font;
    }

    private static BaseFont choose() {
        for (String candidate : FONTS) {
            if (new File(candidate.replaceFirst(",\\d+$", "")).isFile()) {
                try {
                    return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    // the next candidate, or the standard font below
                }
            }
        }
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("OpenPDF lacks its CJK resources for STSong-Light", e);
        }
    }
}
