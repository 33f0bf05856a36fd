package org.citybridge.directory.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text of a CSV file whatever wrote it: UTF-8 with or without byte order mark, UTF-16 with one (Excel's "Unicode
 * text"), else GB18030, the superset of the GBK that Chinese Excel and WPS write. Empty when the bytes are not text.
 */
final class TextDecoding {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** Where the text starts: after UTF-8's byte order mark, if it has one. */
    static int afterUtf8Mark(byte[] bytes) {
        return startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    }

    static Optional<String> decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, UTF8_BOM)) {
            text = new String(bytes, UTF8_BOM.length, bytes.length - UTF8_BOM.length, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, UTF16LE_BOM)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, UTF16BE_BOM)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = strict(bytes, StandardCharsets.UTF_8).or(() -> strict(bytes, GB18030)).orElse(null);
        }
        return Optional.ofNullable(text).filter(TextDecoding::looksLikeText);
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException notThisCharset) {
            return Optional.empty();
        }
    }

    /** Text has no control characters but tabs and line breaks (binary files have plenty). */
    private static boolean looksLikeText(String text) {
        return !text.isEmpty() && text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
