package org.citybridge.events.domain;

import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import org.citybridge.platform.pdf.PdfDocuments;
import org.citybridge.platform.pdf.PdfFonts;
import org.springframework.stereotype.Component;

/**
 * Table tents (桌签): one a page of A4 landscape, folded along the dashed middle line into a tent standing on the
 * table. The lower half carries the name (up to 110 pt, shrunk to fit) and the city; the upper half the same turned
 * upside down, so that once folded both sides read upright, for the speaker's table and for the room.
 */
@Component
public class TableTents {

    /** A4 landscape as a page of its own size rather than a turned portrait page, so that "up" is up for every reader. */
    private static final Rectangle A4_LANDSCAPE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float MM = 72f / 25.4f;
    private static final float SIDE_MARGIN = 15 * MM;
    private static final float LARGEST_NAME = 110;
    private static final float CITY_SIZE = 28;

    public void write(List<TableTent> tents, String title, OutputStream out) {
        PdfDocuments.write(A4_LANDSCAPE, 0, title, out, (document, writer) -> {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            for (int i = 0; i < tents.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                PdfDocuments.guideLine(canvas, 0, page.getHeight() / 2, page.getWidth(), page.getHeight() / 2);
                half(canvas, tents.get(i), page);
                // the upper half: the same, turned half a circle about the page's centre
                canvas.saveState();
                canvas.concatCTM(-1, 0, 0, -1, page.getWidth(), page.getHeight());
                half(canvas, tents.get(i), page);
                canvas.restoreState();
            }
        });
    }

    /** The lower half: name and city centred, a little above the middle of the half so it sits well when standing. */
    private static void half(PdfContentByte canvas, TableTent tent, Rectangle page) {
        float centre = page.getWidth() / 2;
        float halfHeight = page.getHeight() / 2;
        float nameSize = PdfDocuments.sizeToFit(tent.name(), PdfFonts.bold(), page.getWidth() - 2 * SIDE_MARGIN, LARGEST_NAME);
        float block = nameSize * 0.8f + (tent.cityName().isBlank() ? 0 : CITY_SIZE * 1.6f);
        float nameBaseline = (halfHeight + block) / 2 - nameSize * 0.8f + 5 * MM;
        PdfDocuments.centredLine(canvas, tent.name(), PdfFonts.bold(), nameSize, centre, nameBaseline);
        PdfDocuments.centredLine(canvas, tent.cityName(), PdfFonts.regular(), CITY_SIZE, centre, nameBaseline - CITY_SIZE * 1.6f);
    }
}
