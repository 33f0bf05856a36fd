package org.citybridge.files.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.citybridge.files.FileType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class ContentSnifferTest {

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
        assertThat(ContentSniffer.sniff(zip("evil.html", "<script>".getBytes()))).as("an archive, never a document").contains(FileType.ZIP);
        assertThat(ContentSniffer.sniff(new byte[]{'P', 'K', 3, 4, 1, 2})).isEmpty();
    }

    @Test
    void recognisesTheBinaryOfficeFormatsByTheirStreamsAndWpsByNameWithinTheFormat() throws Exception {
        byte[] doc = office("notice.doc");
        byte[] xls = office("roster.xls");
        byte[] ppt = office("agenda.ppt");

        assertThat(ContentSniffer.sniff(doc, "通知.doc")).contains(FileType.DOC);
        assertThat(ContentSniffer.sniff(doc, "通知.WPS")).contains(FileType.WPS);
        assertThat(ContentSniffer.sniff(xls, "名录.xls")).contains(FileType.XLS);
        assertThat(ContentSniffer.sniff(xls, "名录.et")).contains(FileType.ET);
        assertThat(ContentSniffer.sniff(ppt, "议程.ppt")).contains(FileType.PPT);
        assertThat(ContentSniffer.sniff(ppt, "议程.dps")).contains(FileType.DPS);
        assertThat(ContentSniffer.sniff(office("agenda.pptx"), "议程.pptx")).contains(FileType.PPTX);
    }

    @Test
    void theContentDecidesTheFormatWhateverTheName() throws Exception {
        assertThat(ContentSniffer.sniff(office("notice.doc"), "名录.xls")).contains(FileType.DOC);
        assertThat(ContentSniffer.sniff(office("roster.xls"), "通知.wps")).contains(FileType.XLS);
        assertThat(ContentSniffer.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "通知.doc")).isEmpty();
    }

    @Test
    void aCompoundDocumentWithoutADocumentInsideIsNothingWeAccept() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem installer = new POIFSFileSystem()) {
            installer.createDocument(new ByteArrayInputStream(new byte[600]), "SummaryInformation");
            installer.writeFilesystem(out);
        }
        byte[] garbage = Arrays.copyOf(office("notice.doc"), 700);
        Arrays.fill(garbage, 8, 700, (byte) 0x5A);

        assertThat(ContentSniffer.sniff(out.toByteArray(), "setup.doc")).isEmpty();
        assertThat(ContentSniffer.sniff(garbage, "broken.doc")).isEmpty();
    }

    @Test
    void anOfdIsAZipWithItsEntryDocument() throws Exception {
        assertThat(ContentSniffer.sniff(ofd(), "公文.ofd")).contains(FileType.OFD);
    }

    @Test
    void findsMacrosInBothOfficeFormats() throws Exception {
        byte[] docm = withEntry(docx(), "word/vbaProject.bin");
        ByteArrayOutputStream xlsWithMacros = new ByteArrayOutputStream();
        try (POIFSFileSystem workbook = new POIFSFileSystem(new ByteArrayInputStream(office("roster.xls")))) {
            workbook.getRoot().createDirectory("_VBA_PROJECT_CUR").createDocument("dir", new ByteArrayInputStream(new byte[16]));
            workbook.writeFilesystem(xlsWithMacros);
        }

        assertThat(ContentSniffer.inspect(docm, "通知.docm")).contains(new ContentSniffer.Sniffed(FileType.DOCX, true));
        assertThat(ContentSniffer.inspect(xlsWithMacros.toByteArray(), "名录.xls")).contains(new ContentSniffer.Sniffed(FileType.XLS, true));
        assertThat(ContentSniffer.inspect(docx(), "通知.docx")).contains(new ContentSniffer.Sniffed(FileType.DOCX, false));
        assertThat(ContentSniffer.inspect(office("roster.xls"), "名录.xls")).contains(new ContentSniffer.Sniffed(FileType.XLS, false));
    }

    /** Real files written by LibreOffice 7.4 (Word 97, Excel 97, PowerPoint 97 and 2007 formats), with Chinese text. */
    public static byte[] office(String name) throws Exception {
        try (var in = ContentSnifferTest.class.getResourceAsStream("/files/office/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The smallest OFD (GB/T 33190): the entry file naming one document, and that document's root. */
    public static byte[] ofd() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">
                      <ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID><ofd:Title>公文</ofd:Title></ofd:DocInfo>
                      <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>
                    </ofd:OFD>""".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Doc_0/Document.xml"));
            zip.write("<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The zip with one more (empty) part. */
    public static byte[] withEntry(byte[] zipped, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.closeEntry();
        }
        return out.toByteArray();
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

    public static byte[] docx() throws Exception {
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
