package org.citybridge.files.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.citybridge.files.FileType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentSnifferTest {

    @Test
    void recognisesFilesByTheirBytesNotTheirNames() throws Exception {
        assertThat(ContentSniffer.sniff("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
        assertThat(ContentSniffer.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains(FileType.PNG);
        assertThat(ContentSniffer.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileType.JPEG);
        assertThat(ContentSniffer.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(FileType.GIF);
        assertThat(ContentSniffer.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains(FileType.WEBP);
        assertThat(ContentSniffer.sniff(xlsx())).contains(FileType.XLSX);
        assertThat(ContentSniffer.sniff(docx())).contains(FileType.DOCX);
    }

    @Test
    void refusesWhatOnlyPretends() throws Exception {
        assertThat(ContentSniffer.sniff("<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentSniffer.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentSniffer.sniff("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentSniffer.sniff(zip("evil.html", "<script>".getBytes()))).isEmpty();
        assertThat(ContentSniffer.sniff(new byte[]{'P', 'K', 3, 4, 1, 2})).isEmpty();
    }

    /**
     * A part that would inflate to 512 MB, whose compressed data is then made undecodable: the sniffer still names the
     * document from the zip's directory, so it never inflates a part (inflating this one fails at its first byte).
     */
    @Test
    void aCompressionBombIsJudgedWithoutInflatingIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bomb.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 512; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        int data = 30 + u16(bomb, 26) + u16(bomb, 28);
        Arrays.fill(bomb, data, data + 64, (byte) 0xFF);

        assertThatThrownBy(() -> {
            try (ZipInputStream inflating = new ZipInputStream(new ByteArrayInputStream(bomb))) {
                inflating.getNextEntry();
                inflating.readAllBytes();
            }
        }).as("the bomb's part cannot be inflated").isInstanceOf(ZipException.class);
        assertThat(ContentSniffer.sniff(bomb)).contains(FileType.DOCX);
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static byte[] xlsx() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("名录");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("通知");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
