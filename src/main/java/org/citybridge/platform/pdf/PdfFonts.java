package org.citybridge.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The font of every PDF the platform makes: Noto Sans SC shipped with the application ({@code resources/fonts}, source
 * and licence in {@code SOURCE.md} there), read from the classpath once and embedded in each document as a subset of
 * the glyphs it uses (Identity-H), so that Chinese prints the same whatever fonts the machine has; never a system font.
 */
public final class PdfFonts {

    private static final String FOLDER = "/fonts/";

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return Regular.FONT;
    }

    public static BaseFont bold() {
        return Bold.FONT;
    }

    public static Font regular(float size) {
        return new Font(regular(), size);
    }

    public static Font bold(float size) {
        return new Font(bold(), size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FOLDER + file + " is missing from the classpath");
            }
            // the name ends in .ttf so that the bytes are read as TrueType; OpenPDF's own cache is not used
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("font " + file + " cannot be read", e);
        }
    }

    /** Each weight is read when first used (7.5 MB each), then kept for the life of the application. */
    private static final class Regular {
        static final BaseFont FONT = load("NotoSansSC-Regular.ttf");
    }

    private static final class Bold {
        static final BaseFont FONT = load("NotoSansSC-Bold.ttf");
    }
}
