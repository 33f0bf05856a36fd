package org.citybridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetTempFilesTest {

    @TempDir
    Path data;

    @AfterEach
    void poisDefaultAgain() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void streamedWorkbooksSpillIntoTheApplicationsOwnFolderReadableByItsUserAlone() throws Exception {
        SpreadsheetTempFiles files = new SpreadsheetTempFiles(data.resolve("tmp/spreadsheets"));

        Path spilled = TempFile.createTempFile("poi-sxssf-sheet", ".xml").toPath();

        assertThat(spilled.getParent()).isEqualTo(files.folder());
        assertThat(Files.getPosixFilePermissions(spilled)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aWorkbookLongerThanTheRowsKeptInMemoryIsWrittenWholeAndLeavesNothingBehind() throws Exception {
        SpreadsheetTempFiles files = new SpreadsheetTempFiles(data.resolve("tmp/spreadsheets"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook(10)) {
            var sheet = book.createSheet("名录");
            for (int i = 0; i < 1_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("联络员 " + i);
            }
            book.write(out);
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getSheet("名录").getLastRowNum()).isEqualTo(999);
            assertThat(read.getSheet("名录").getRow(999).getCell(0).getStringCellValue()).isEqualTo("联络员 999");
        }
        try (var left = Files.list(files.folder())) {
            assertThat(left).as("the spilled rows removed once written").isEmpty();
        }
    }

    @Test
    void filesLeftByAnInstanceStoppedDuringAnExportAreRemovedAtTheNextStart() throws Exception {
        Path folder = Files.createDirectories(data.resolve("tmp/spreadsheets"));
        Path old = Files.writeString(folder.resolve("poi-sxssf-sheet1.xml"), "<row/>");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        Path recent = Files.writeString(folder.resolve("poi-sxssf-sheet2.xml"), "<row/>");

        new SpreadsheetTempFiles(folder);

        assertThat(Set.of(folder.toFile().list())).containsExactly(recent.getFileName().toString());
    }
}
