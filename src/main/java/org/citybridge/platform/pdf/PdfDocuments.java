package org.citybridge.platform.pdf;

import java.awt.Color;
import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/** Writes one PDF document to a stream that stays open (a response's, say), with at least one page. */
public final class PdfDocuments {

    /** What goes into the document, between its opening and its closing. */
    @FunctionalInterface
    public interface Content {
        void write(Document document, PdfWriter writer) throws DocumentException;
    }

    private PdfDocuments() {
    }

    /**
     * @param pageSize e.g. {@code PageSize.A4} or {@code PageSize.A4.rotate()}
     * @param margin   the same on every side, in points (1 mm = 2.835 pt)
     * @param title    the document's title in its properties
     */
    public static void write(Rectangle pageSize, float margin, String title, OutputStream out, Content content) {
        Document document = new Document(pageSize, margin, margin, margin, margin);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle(title);
        document.addCreator("CityBridge");
        document.open();
        try {
            content.write(document, writer);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF not written: " + e.getMessage(), e);
        }
        // with nothing to show, one blank page rather than OpenPDF's "The document has no pages"
        writer.setPageEmpty(false);
        document.close();
    }

    /** The largest size up to {@code largest} at which {@code text} fits {@code width} on one line. */
    public static float sizeToFit(String text, BaseFont font, float width, float largest) {
        float atLargest = font.getWidthPoint(text, largest);
        return atLargest <= width ? largest : largest * width / atLargest;
    }

    /** One line centred on {@code centre} at a baseline, in the canvas's fill colour; nothing for a blank text. */
    public static void centredLine(PdfContentByte canvas, String text, BaseFont font, float size, float centre, float baseline) {
        if (text.isBlank()) {
            return;
        }
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, centre, baseline, 0);
        canvas.endText();
    }

    /** A light grey dashed line to cut or fold along. */
    public static void guideLine(PdfContentByte canvas, float fromX, float fromY, float toX, float toY) {
        canvas.saveState();
        canvas.setColorStroke(Color.LIGHT_GRAY);
        canvas.setLineWidth(0.5f);
        canvas.setLineDash(4, 4, 0);
        canvas.moveTo(fromX, fromY);
        canvas.lineTo(toX, toY);
        canvas.stroke();
        canvas.restoreState();
    }
}
