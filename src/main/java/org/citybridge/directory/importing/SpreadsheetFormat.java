package org.citybridge.directory.importing;

import java.util.Arrays;

/** The kinds of file a roster may come in, told by their first bytes, never by their name. */
enum SpreadsheetFormat {
    XLSX(new byte[] {'P', 'K', 3, 4}),
    XLS(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}),
    /** A document of another kind whose first bytes could pass for text (a PDF, an RTF), refused as it is. */
    DOCUMENT(new byte[] {'%', 'P', 'D', 'F', '-'}, new byte[] {'{', '\\', 'r', 't', 'f'}),
    /** A web page of tables under an Excel name ({@link HtmlTables}): told by its markup, not by a magic number. */
    HTML(),
    CSV();

    private final byte[][] magics;

    SpreadsheetFormat(byte[]... magics) {
        this.magics = magics;
    }

    /** By the file's magic number or markup; anything else is taken as text, to be refused later if it is not. */
    static SpreadsheetFormat of(byte[] file) {
        return Arrays.stream(values()).filter(format -> format.startsOf(file)).findFirst()
                .orElse(HtmlTables.looksLikeOne(file) ? HTML : CSV);
    }

    private boolean startsOf(byte[] file) {
        return Arrays.stream(magics).anyMatch(magic ->
                file.length >= magic.length && Arrays.equals(file, 0, magic.length, magic, 0, magic.length));
    }
}
