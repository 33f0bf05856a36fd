package org.citybridge.platform.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import org.citybridge.support.PdfContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrCodesTest {

    private static final String CODE = "E12.3456.Qm9ndXMtbWFjLWJ5dGVzLTE2";

    @Test
    void aPngReadsBackAsItsTextInUtf8() throws Exception {
        byte[] png = QrCodes.png("成都市 " + CODE, 6);

        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(picture.getWidth()).as("whole modules, quiet zone included").isEqualTo(picture.getHeight())
                .satisfies(width -> assertThat(width % 6).isZero());
        assertThat(picture.getRGB(0, 0)).as("quiet zone").isEqualTo(0xFFFFFFFF);
        assertThat(decode(picture)).isEqualTo("成都市 " + CODE);
    }

    @Test
    void aPdfImageHasOnePixelPerModuleAndScansOncePrinted() throws Exception {
        Image image = QrCodes.image(CODE);
        assertThat(image.getWidth()).as("version 3 (29 modules) and the quiet zone").isEqualTo(29 + 8);
        assertThat(image.getHeight()).isEqualTo(29 + 8);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        image.scaleAbsolute(90, 90);
        document.add(image);
        document.close();

        assertThat(PdfContent.qrCodes(out.toByteArray(), 0, 150)).containsExactly(CODE);
    }

    @Test
    void noCodeWithoutText() {
        assertThatThrownBy(() -> QrCodes.image("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.png("x".repeat(5000), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> QrCodes.png(CODE, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String decode(BufferedImage picture) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
