package org.citybridge.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

/**
 * QR codes (ZXing) of a text, black on white with the four-module quiet zone the standard asks for, error correction M
 * (a code stays readable with about 15% of it scuffed or covered), text in UTF-8.
 */
public final class QrCodes {

    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** A PNG picture of the code, {@code pixelsPerModule} pixels for each of its squares (quiet zone included). */
    public static byte[] png(String text, int pixelsPerModule) {
        if (pixelsPerModule < 1) {
            throw new IllegalArgumentException("pixelsPerModule must be at least 1: " + pixelsPerModule);
        }
        int size = matrix(text, 0).getWidth() * pixelsPerModule;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix(text, size), "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The code as a PDF image of one bit per module (some hundred bytes), quiet zone included; the caller scales it to
     * the printed size ({@link Image#scaleAbsolute}) and the viewer draws every module as a sharp square.
     */
    public static Image image(String text) {
        BitMatrix modules = matrix(text, 0);
        int width = modules.getWidth();
        int height = modules.getHeight();
        int bytesPerRow = (width + 7) / 8;
        byte[] bits = new byte[bytesPerRow * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!modules.get(x, y)) {
                    // one bit per pixel, 1 white (OpenPDF stores it compressed as CCITT G4, like a fax)
                    bits[y * bytesPerRow + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        try {
            return Image.getInstance(width, height, 1, 1, bits);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The modules, quiet zone included; {@code size} 0 gives one pixel per module, a multiple of that scales it exactly. */
    private static BitMatrix matrix(String text, int size) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a QR code needs a text");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code (" + text.length() + " characters)", e);
        }
    }
}
