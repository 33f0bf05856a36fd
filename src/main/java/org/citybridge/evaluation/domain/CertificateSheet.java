package org.citybridge.evaluation.domain;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import org.citybridge.platform.jobs.JobProgress;
import org.citybridge.platform.pdf.PdfDocuments;
import org.citybridge.platform.pdf.PdfFonts;
import org.citybridge.platform.pdf.QrCodes;

/**
 * Certificates (荣誉证书) on landscape A4, one a page: a red frame, the title, the citation with the name and city, the
 * issuer and date with the seal stamped over them, and at the foot the serial with the QR code of the public
 * verification page.
 */
final class CertificateSheet {

    /** One certificate as printed; {@code verifyUrl} is the absolute address of its verification page. */
    record Printed(String serial, String personName, String cityName, String honour, int year, LocalDate issuedOn,
                   String issuer, String verifyUrl) {
    }

    private static final Color RED = new Color(0xB2, 0x12, 0x1C);
    private static final float MM = 72f / 25.4f;
    private static final float QR_SIZE = 26 * MM;
    private static final float SEAL_SIZE = 42 * MM;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CertificateSheet() {
    }

    static void write(List<Printed> certificates, byte[] seal, OutputStream out) {
        write(certificates, seal, out, JobProgress.NONE);
    }

    /** The certificates one a page, each page counted as done once drawn. */
    static void write(List<Printed> certificates, byte[] seal, OutputStream out, JobProgress progress) {
        String title = certificates.size() == 1 ? certificates.get(0).serial() : "荣誉证书";
        PdfDocuments.write(PageSize.A4.rotate(), 0, title, out, (document, writer) -> {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            for (int i = 0; i < certificates.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(canvas, page, certificates.get(i), seal);
                progress.advance();
            }
        });
    }

    private static void page(PdfContentByte canvas, Rectangle page, Printed c, byte[] seal) {
        float width = page.getWidth();
        float height = page.getHeight();
        float centre = width / 2;
        frame(canvas, width, height);

        canvas.setColorFill(RED);
        PdfDocuments.centredLine(canvas, "荣誉证书", PdfFonts.bold(), 44, centre, height - 45 * MM);
        canvas.setColorFill(Color.BLACK);

        float left = 40 * MM;
        float textWidth = width - 2 * left;
        String addressee = c.personName() + " 同志（" + c.cityName() + "）：";
        canvas.beginText();
        canvas.setFontAndSize(PdfFonts.bold(), PdfDocuments.sizeToFit(addressee, PdfFonts.bold(), textWidth, 22));
        canvas.setTextMatrix(left, height - 75 * MM);
        canvas.showText(addressee);
        canvas.endText();
        String citation = "在" + c.year() + "年度联络工作中表现突出，被评为“" + c.honour() + "”。";
        String encouragement = "特发此证，以资鼓励。";
        line(canvas, citation, left + 11 * MM, height - 92 * MM, textWidth - 11 * MM);
        line(canvas, encouragement, left + 11 * MM, height - 106 * MM, textWidth - 11 * MM);

        float issuerCentre = width - 80 * MM;
        float issuerBaseline = 62 * MM;
        PdfDocuments.centredLine(canvas, c.issuer(), PdfFonts.regular(), 16, issuerCentre, issuerBaseline);
        PdfDocuments.centredLine(canvas, DAY.format(c.issuedOn()), PdfFonts.regular(), 16, issuerCentre, issuerBaseline - 10 * MM);
        if (seal != null) {
            Image image = sealImage(seal);
            image.scaleToFit(SEAL_SIZE, SEAL_SIZE);
            image.setAbsolutePosition(issuerCentre - image.getScaledWidth() / 2, issuerBaseline - 5 * MM - image.getScaledHeight() / 2);
            addImage(canvas, image);
        }

        Image qr = QrCodes.image(c.verifyUrl());
        qr.scaleAbsolute(QR_SIZE, QR_SIZE);
        qr.setAbsolutePosition(left, 30 * MM);
        addImage(canvas, qr);
        canvas.beginText();
        canvas.setFontAndSize(PdfFonts.regular(), 10);
        canvas.setTextMatrix(left + QR_SIZE + 3 * MM, 30 * MM + QR_SIZE / 2 + 2 * MM);
        canvas.showText("证书编号：" + c.serial());
        canvas.setTextMatrix(left + QR_SIZE + 3 * MM, 30 * MM + QR_SIZE / 2 - 4 * MM);
        canvas.showText("扫码核验真伪");
        canvas.endText();
    }

    private static void line(PdfContentByte canvas, String text, float x, float baseline, float width) {
        canvas.beginText();
        canvas.setFontAndSize(PdfFonts.regular(), PdfDocuments.sizeToFit(text, PdfFonts.regular(), width, 20));
        canvas.setTextMatrix(x, baseline);
        canvas.showText(text);
        canvas.endText();
    }

    private static void frame(PdfContentByte canvas, float width, float height) {
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(4);
        canvas.rectangle(12 * MM, 12 * MM, width - 24 * MM, height - 24 * MM);
        canvas.stroke();
        canvas.setLineWidth(1);
        canvas.rectangle(16 * MM, 16 * MM, width - 32 * MM, height - 32 * MM);
        canvas.stroke();
        canvas.restoreState();
    }

    private static Image sealImage(byte[] seal) {
        try {
            return Image.getInstance(seal);
        } catch (BadElementException | IOException e) {
            throw new IllegalStateException("the seal cannot be printed: " + e.getMessage(), e);
        }
    }

    private static void addImage(PdfContentByte canvas, Image image) {
        try {
            canvas.addImage(image);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
