package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    private static final String TEXT = "城市,姓名,备注\r\n成都,张伟,\"办公厅，联络处\"\r\n西安,\"李\"\"娜\"\"\",\"两\n行\"\n";

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(CsvRows.parse(TEXT)).containsExactly(List.of("城市", "姓名", "备注"), List.of("成都", "张伟", "办公厅，联络处"),
                List.of("西安", "李\"娜\"", "两\n行"));
    }

    @Test
    void readsTabSeparatedText() {
        assertThat(CsvRows.parse("城市\t姓名\n成都\t张伟")).containsExactly(List.of("城市", "姓名"), List.of("成都", "张伟"));
    }

    @Test
    void decodesUtf8WithAndWithoutByteOrderMarkGbkAndUtf16() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        assertThat(TextDecoding.decode(utf8)).contains(TEXT);
        assertThat(TextDecoding.decode(withBom)).contains(TEXT);
        assertThat(TextDecoding.decode(TEXT.getBytes(Charset.forName("GBK")))).contains(TEXT);
        assertThat(TextDecoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE))).contains(TEXT);
    }

    @Test
    void takesBinaryBytesForNoText() {
        byte[] noise = new byte[1024];
        new Random(7).nextBytes(noise);

        assertThat(TextDecoding.decode(noise)).isEmpty();
        assertThat(TextDecoding.decode(new byte[0])).isEmpty();
    }
}
