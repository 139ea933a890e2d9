package org.yibao.insured.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lays a receipt out on one A5 landscape page: title, a two-column table of facts, the issuer. */
@Component
public class ReceiptPdf {

    private static final Color LINE = new Color(0x99, 0xa3, 0xad);
    private static final Color LABEL = new Color(0xf3, 0xf5, 0xf8);

    private final ReceiptFont font;

    ReceiptPdf(ReceiptFont font) {
        this.font = font;
    }

    /** One line of the receipt: what, and its value. */
    public record Row(String label, String value) {
    }

    public byte[] render(String title, String subtitle, List<Row> rows, String issuer, String author) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5.rotate(), 36, 36, 24, 24);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addAuthor(author);
        document.addCreator("Yibao");
        document.open();
        document.add(centered(title, new Font(font.baseFont(), 16, Font.BOLD)));
        document.add(centered(subtitle, new Font(font.baseFont(), 9, Font.NORMAL, Color.DARK_GRAY)));
        document.add(table(rows, issuer));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font f) {
        Paragraph p = new Paragraph(text, f);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        return p;
    }

    /** The issuer is the table's last line, so that it always stays on the page with the amounts it vouches for. */
    private PdfPTable table(List<Row> rows, String issuer) {
        PdfPTable table = new PdfPTable(new float[] {30, 70});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        Font labelFont = new Font(font.baseFont(), 10.5f, Font.NORMAL, Color.DARK_GRAY);
        Font valueFont = new Font(font.baseFont(), 10.5f);
        for (Row row : rows) {
            table.addCell(cell(row.label(), labelFont, LABEL));
            table.addCell(cell(row.value(), valueFont, Color.WHITE));
        }
        PdfPCell by = new PdfPCell(new Phrase(issuer, valueFont));
        by.setColspan(2);
        by.setBorder(Rectangle.NO_BORDER);
        by.setHorizontalAlignment(Element.ALIGN_RIGHT);
        by.setPaddingTop(12);
        table.addCell(by);
        return table;
    }

    private static PdfPCell cell(String text, Font f, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, f));
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(LINE);
        cell.setBackgroundColor(background);
        cell.setPadding(4);
        return cell;
    }
}
