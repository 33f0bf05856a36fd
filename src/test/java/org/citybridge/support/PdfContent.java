package org.citybridge.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a generated PDF back the way a person or a scanner would: its text, its fonts, its pages as pictures. */
public final class PdfContent {

    /** What a page uses a font as: its name, whether the file carries it, and its encoding (e.g. Identity-H). */
    public record FontUse(String name, boolean embedded, String encoding) {
    }

    /**
     * A run of text as printed: {@code direction} 0 upright, 180 upside down; {@code fromTop} how far down the page its
     * first character stands, as a share of the page's height.
     */
    public record TextRun(String text, float direction, float fromTop) {
    }

    private PdfContent() {
    }

    public static int pages(byte[] pdf) {
        return read(pdf, PDDocument::getNumberOfPages);
    }

    public static String text(byte[] pdf) {
        return read(pdf, document -> new PDFTextStripper().getText(document));
    }

    /** The text of one page (0-based). */
    public static String text(byte[] pdf, int page) {
        return read(pdf, document -> {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(document);
        });
    }

    /** The runs of text of one page (0-based), in the order they are drawn. */
    public static List<TextRun> runs(byte[] pdf, int page) {
        return read(pdf, document -> {
            List<TextRun> runs = new ArrayList<>();
            float height = document.getPage(page).getMediaBox().getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    runs.add(new TextRun(text, first.getDir(), first.getY() / height));
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(document);
            return runs;
        });
    }

    /** Every font of every page, once per page that uses it. */
    public static List<FontUse> fonts(byte[] pdf) {
        return read(pdf, document -> {
            List<FontUse> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(new FontUse(font.getName(), font.isEmbedded(),
                            font.getCOSObject().getNameAsString(COSName.ENCODING)));
                }
            }
            return fonts;
        });
    }

    /** The texts of the QR codes a scanner finds on a page (0-based) printed at {@code dpi}. */
    public static List<String> qrCodes(byte[] pdf, int page, int dpi) {
        BufferedImage image = read(pdf, document -> new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return Arrays.stream(new QRCodeMultiReader().decodeMultiple(bitmap, hints)).map(Result::getText).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private interface Reading<T> {
        T from(PDDocument document) throws IOException;
    }

    private static <T> T read(byte[] pdf, Reading<T> reading) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return reading.from(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
