package org.citybridge.events.domain;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import org.citybridge.platform.pdf.PdfDocuments;
import org.citybridge.platform.pdf.PdfFonts;
import org.citybridge.platform.pdf.QrCodes;
import org.springframework.stereotype.Component;

/**
 * Badges (代表证) to print on A4 and cut: four A6 badges (105 × 148.5 mm) a page, with dashed cut lines. Each has the
 * event's title in a red band, the name (large, shrunk to fit), the city, the unit and post, the QR code of the
 * check-in code (38 mm, so a phone reads it from arm's length) and the role in a red band at the foot.
 */
@Component
public class BadgeSheet {

    static final Color RED = new Color(0xA4, 0x10, 0x1A);
    private static final int COLUMNS = 2;
    private static final int ROWS = 2;
    private static final float MM = 72f / 25.4f;
    private static final float PADDING = 8 * MM;
    private static final float QR_SIZE = 38 * MM;
    private static final float BAND = 22 * MM;

    public void write(List<Badge> badges, OutputStream out) {
        String title = badges.isEmpty() ? "" : badges.get(0).eventTitle();
        PdfDocuments.write(PageSize.A4, 0, title, out, (document, writer) -> {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float width = page.getWidth() / COLUMNS;
            float height = page.getHeight() / ROWS;
            for (int i = 0; i < badges.size(); i++) {
                int place = i % (COLUMNS * ROWS);
                if (place == 0) {
                    if (i > 0) {
                        document.newPage();
                    }
                    cutLines(canvas, page);
                }
                float left = (place % COLUMNS) * width;
                float top = page.getHeight() - (place / COLUMNS) * height;
                badge(canvas, badges.get(i), new Rectangle(left, top - height, left + width, top));
            }
        });
    }

    private static void badge(PdfContentByte canvas, Badge badge, Rectangle cell) throws DocumentException {
        float left = cell.getLeft() + PADDING;
        float right = cell.getRight() - PADDING;
        float width = right - left;
        float centre = (left + right) / 2;

        float bandTop = cell.getTop() - PADDING;
        band(canvas, left, bandTop - BAND, width);
        text(canvas, badge.eventTitle(), PdfFonts.bold(), 14, Color.WHITE, left + 3 * MM, bandTop - BAND + 1 * MM,
                right - 3 * MM, bandTop - 1 * MM);

        float nameBaseline = bandTop - BAND - 18 * MM;
        PdfDocuments.centredLine(canvas, badge.name(), PdfFonts.bold(), PdfDocuments.sizeToFit(badge.name(), PdfFonts.bold(), width, 34),
                centre, nameBaseline);
        PdfDocuments.centredLine(canvas, badge.cityName(), PdfFonts.regular(), PdfDocuments.sizeToFit(badge.cityName(), PdfFonts.regular(), width, 18),
                centre, nameBaseline - 10 * MM);
        float unitTop = nameBaseline - 14 * MM;
        text(canvas, badge.unit(), PdfFonts.regular(), 10, Color.BLACK, left, unitTop - 10 * MM, right, unitTop);

        float footBottom = cell.getBottom() + PADDING;
        Image qr = QrCodes.image(badge.code());
        qr.scaleAbsolute(QR_SIZE, QR_SIZE);
        qr.setAbsolutePosition(centre - QR_SIZE / 2, footBottom + BAND + 2 * MM);
        canvas.addImage(qr);

        band(canvas, left, footBottom, width);
        float roleSize = PdfDocuments.sizeToFit(badge.roleLabel(), PdfFonts.bold(), width - 6 * MM, 24);
        canvas.setColorFill(Color.WHITE);
        PdfDocuments.centredLine(canvas, badge.roleLabel(), PdfFonts.bold(), roleSize, centre, footBottom + (BAND - roleSize * 0.7f) / 2);
        canvas.setColorFill(Color.BLACK);
    }

    private static void band(PdfContentByte canvas, float left, float bottom, float width) {
        canvas.setColorFill(RED);
        canvas.rectangle(left, bottom, width, BAND);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
    }

    /** Text wrapped within a box, each line centred, the whole centred top to bottom; what does not fit is left out. */
    private static void text(PdfContentByte canvas, String text, BaseFont font, float size, Color color, float left,
                             float bottom, float right, float top) throws DocumentException {
        if (text.isBlank()) {
            return;
        }
        Phrase phrase = new Phrase(text, new Font(font, size, Font.NORMAL, color));
        float leading = size * 1.3f;
        ColumnText trial = new ColumnText(canvas);
        trial.setSimpleColumn(phrase, left, bottom, right, top, leading, Element.ALIGN_CENTER);
        trial.go(true);
        // the lines' own height: from the top of the first line's capitals to the last baseline
        float used = top - trial.getYLine() - (leading - size * 0.8f);
        float shift = Math.max(0, (top - bottom - used) / 2);
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(phrase, left, bottom, right, top - shift, leading, Element.ALIGN_CENTER);
        column.go();
    }

    private static void cutLines(PdfContentByte canvas, Rectangle page) {
        for (int column = 1; column < COLUMNS; column++) {
            float x = page.getWidth() * column / COLUMNS;
            PdfDocuments.guideLine(canvas, x, 0, x, page.getHeight());
        }
        for (int row = 1; row < ROWS; row++) {
            float y = page.getHeight() * row / ROWS;
            PdfDocuments.guideLine(canvas, 0, y, page.getWidth(), y);
        }
    }
}
