package org.citybridge.files.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.citybridge.files.FileType;

/** Tells a file's type from its bytes: magic numbers, and for Office files the parts inside the zip. */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ContentSniffer() {
    }

    public static Optional<FileType> sniff(byte[] content) {
        if (startsWith(content, 0, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, 0, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
            return Optional.of(FileType.GIF);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of(FileType.WEBP);
        }
        if (startsWith(content, 0, ZIP)) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    /**
     * Reads the part names from the zip's central directory, without inflating anything, so that a small
     * compressed bomb costs nothing to recognise.
     */
    private static Optional<FileType> officeDocument(byte[] content) {
        int end = endOfCentralDirectory(content);
        if (end < 0) {
            return Optional.empty();
        }
        int entries = u16(content, end + 10);
        int offset = (int) u32(content, end + 16);
        boolean contentTypes = false;
        FileType type = null;
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
            if (name.equals("[Content_Types].xml")) {
                contentTypes = true;
            } else if (name.equals("word/document.xml")) {
                type = FileType.DOCX;
            } else if (name.equals("xl/workbook.xml")) {
                type = FileType.XLSX;
            }
            offset += 46 + nameLength + extraLength + commentLength;
        }
        return contentTypes ? Optional.ofNullable(type) : Optional.empty();
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
