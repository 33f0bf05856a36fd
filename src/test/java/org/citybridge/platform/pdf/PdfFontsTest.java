package org.citybridge.platform.pdf;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.citybridge.support.PdfContent;
import org.citybridge.support.PdfContent.FontUse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfFontsTest {

    @Test
    void eachWeightIsReadOnceFromTheClasspath() {
        assertThat(PdfFonts.regular()).isSameAs(PdfFonts.regular());
        assertThat(PdfFonts.bold()).isSameAs(PdfFonts.bold());
        assertThat(PdfFonts.regular().getPostscriptFontName()).isEqualTo("NotoSansSC-Regular");
        assertThat(PdfFonts.bold().getPostscriptFontName()).isEqualTo("NotoSansSC-Bold");
    }

    @Test
    void theShippedFontWritesEveryHanCharacterOfGbkAndTheCommonPunctuation() {
        for (int c = 0x4E00; c <= 0x9FA5; c++) {
            assertThat(PdfFonts.regular().charExists(c)).as("U+%04X", c).isTrue();
            assertThat(PdfFonts.bold().charExists(c)).as("U+%04X", c).isTrue();
        }
        "，。、：；（）《》【】“”—…·ABCxyz019@".codePoints()
                .forEach(c -> assertThat(PdfFonts.regular().charExists(c)).as("%c", c).isTrue());
    }

    @Test
    void aDocumentCarriesAnEmbeddedSubsetWithIdentityEncodingAndItsTextReadsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("成都市人民政府办公厅", PdfFonts.bold(20)));
        document.add(new Paragraph("阿卜杜·热合曼（联络员），2026年城市联络员工作会议", PdfFonts.regular(12)));
        document.close();
        byte[] pdf = out.toByteArray();

        assertThat(PdfContent.text(pdf)).contains("成都市人民政府办公厅").contains("阿卜杜·热合曼（联络员），2026年城市联络员工作会议");
        assertThat(PdfContent.fonts(pdf)).hasSize(2).allSatisfy(font -> {
            assertThat(font.embedded()).isTrue();
            assertThat(font.encoding()).isEqualTo("Identity-H");
            assertThat(font.name()).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
        }).extracting(FontUse::name).anySatisfy(name -> assertThat(name).endsWith("Bold"));
        assertThat(pdf.length).as("only the glyphs used are embedded, not 7.5 MB a weight").isLessThan(100_000);
    }
}
