package org.citybridge.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Tells a file's type from its bytes: magic numbers, and for Office files the parts inside the zip. */
final class ContentSniffer {

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

    static Optional<FileType> sniff(byte[] content) {
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

    private static Optional<FileType> officeDocument(byte[] content) {
        boolean contentTypes = false;
        FileType type = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.equals("word/document.xml")) {
                    type = FileType.DOCX;
                } else if (name.equals("xl/workbook.xml")) {
                    type = FileType.XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(type) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
