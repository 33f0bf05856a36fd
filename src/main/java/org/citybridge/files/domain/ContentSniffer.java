package org.citybridge.files.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.citybridge.files.FileType;

/**
 * Tells a file's type from its bytes: magic numbers, for zipped files (Office, OFD) the parts inside the zip, for the
 * binary Office formats the streams inside the compound document.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] COMPOUND_DOCUMENT = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private ContentSniffer() {
    }

    public static Optional<FileType> sniff(byte[] content) {
        return sniff(content, "");
    }

    /** The file's type; {@code name} only chooses between kinds that share a format (a .wps is a Word binary). */
    public static Optional<FileType> sniff(byte[] content, String name) {
        return inspect(content, name).map(Sniffed::type);
    }

    /** The file's type and whether it carries macros (a Word or Excel file with a VBA project). */
    public static Optional<Sniffed> inspect(byte[] content, String name) {
        if (startsWith(content, 0, PDF)) {
            return plain(FileType.PDF);
        }
        if (startsWith(content, 0, PNG)) {
            return plain(FileType.PNG);
        }
        if (startsWith(content, 0, JPEG)) {
            return plain(FileType.JPEG);
        }
        if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
            return plain(FileType.GIF);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return plain(FileType.WEBP);
        }
        if (startsWith(content, 0, ZIP)) {
            return zipped(content);
        }
        if (startsWith(content, 0, COMPOUND_DOCUMENT)) {
            return CompoundDocument.inspect(content, extensionOf(name));
        }
        return Optional.empty();
    }

    /** What was found in a file: its type, and whether it holds macros. */
    public record Sniffed(FileType type, boolean macros) {
    }

    private static Optional<Sniffed> plain(FileType type) {
        return Optional.of(new Sniffed(type, false));
    }

    /**
     * Reads the part names from the zip's central directory, without inflating anything, so that a small
     * compressed bomb costs nothing to recognise. An Office document, an OFD, or else a plain zip archive.
     */
    private static Optional<Sniffed> zipped(byte[] content) {
        int end = endOfCentralDirectory(content);
        if (end < 0) {
            return Optional.empty();
        }
        int entries = u16(content, end + 10);
        int offset = (int) u32(content, end + 16);
        boolean contentTypes = false;
        boolean ofd = false;
        boolean macros = false;
        FileType office = null;
        for (int i = 0; i < entries; i++) {
            if (offset < 0 || offset + 46 > content.length || u32(content, offset) != 0x02014b50L) {
                return Optional.empty();
            }
            int nameLength = u16(content, offset + 28);
            int extraLength = u16(content, offset + 30);
            int commentLength = u16(content, offset + 32);
            if (offset + 46 + nameLength > content.length) {
                return Optional.empty();
            }
            String name = new String(content, offset + 46, nameLength, StandardCharsets.UTF_8);
            switch (name) {
                case "[Content_Types].xml" -> contentTypes = true;
                case "word/document.xml" -> office = FileType.DOCX;
                case "xl/workbook.xml" -> office = FileType.XLSX;
                case "ppt/presentation.xml" -> office = FileType.PPTX;
                case "OFD.xml" -> ofd = true;
                default -> macros |= name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin");
            }
            offset += 46 + nameLength + extraLength + commentLength;
        }
        if (contentTypes && office != null) {
            return Optional.of(new Sniffed(office, macros));
        }
        return plain(ofd ? FileType.OFD : FileType.ZIP);
    }

    private static String extensionOf(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static int endOfCentralDirectory(byte[] content) {
        for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65535); i--) {
            if (u32(content, i) == 0x06054b50L) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
