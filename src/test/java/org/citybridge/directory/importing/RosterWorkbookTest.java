package org.citybridge.directory.importing;

import org.citybridge.support.RosterFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.directory.AppointmentView;
import org.citybridge.directory.LiaisonRole;
import org.junit.jupiter.api.Test;

class RosterWorkbookTest {

    private final RosterWorkbook workbook = new RosterWorkbook();

    @Test
    void templateHasTheBoldFrozenHeaderAndInstructions() throws IOException {
        try (XSSFWorkbook template = open(workbook.template())) {
            Sheet roster = template.getSheet(RosterFile.SHEET);

            assertThat(template.getSheetName(0)).isEqualTo("联络员名录");
            assertThat(texts(roster.getRow(0))).isEqualTo(RosterFile.HEADER);
            assertThat(roster.getLastRowNum()).isZero();
            assertThat(template.getFontAt(roster.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(roster.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(roster.getColumnWidth(8)).isGreaterThan(roster.getColumnWidth(3));
            Sheet instructions = template.getSheet("填写说明");
            assertThat(IntStream.rangeClosed(1, 12).mapToObj(i -> instructions.getRow(i).getCell(0).getStringCellValue()))
                    .containsExactlyElementsOf(RosterFile.HEADER);
            assertThat(instructions.getRow(3).getCell(1).getStringCellValue()).contains("必填");
        }
    }

    @Test
    void exportWritesOneTextRowPerAppointment() throws IOException {
        AppointmentView appointment = new AppointmentView(7, "510100", "成都市", 3, "王敏", "市政府副秘书长", "市人民政府办公厅",
                "13912345678", null, "wangmin@example.cn", LiaisonRole.DEPUTY, LocalDate.of(2024, 1, 5), null, true);

        try (XSSFWorkbook export = open(workbook.export(List.of(appointment)))) {
            Sheet roster = export.getSheet(RosterFile.SHEET);

            assertThat(texts(roster.getRow(0))).isEqualTo(RosterFile.HEADER);
            assertThat(texts(roster.getRow(1))).containsExactly("510100", "成都市", "王敏", "", "市政府副秘书长", "市人民政府办公厅",
                    "13912345678", "", "wangmin@example.cn", "副联络员", "2024-01-05", "");
            assertThat(roster.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, RosterFile.HEADER.size()).mapToObj(i -> CellText.of(row.getCell(i))).toList();
    }
}
