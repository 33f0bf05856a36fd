package org.citybridge.directory.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.citybridge.directory.AppointmentView;
import org.citybridge.platform.Spreadsheets;
import org.springframework.stereotype.Component;

/** The roster as an xlsx workbook: the empty template to fill in, or an export that imports back unchanged. */
@Component
public class RosterWorkbook {

    private static final int ROWS_KEPT_IN_MEMORY = 200;
    private static final String[] GENERAL_INSTRUCTIONS = {
            "第 1 行为表头；从第 2 行起每行填写一名联络员的一段任职，空行会被忽略。也可上传本单位自己的名录表（列名和顺序不限，系统按列名识别，不确定时请在页面上指定各列）。",
            "所有单元格请按文本填写，手机号码和日期不要使用数字或公式格式。",
            "同一人以 姓名+手机 识别，无手机时以 姓名+电子邮箱 识别，都没有时以 姓名+城市 识别；同一人的同一任职（城市、类型、任职开始）只能出现一次。",
            "导入时，已有人员的选填项留空表示保留系统中原有信息；同一任职只更新任职结束日期。",
            "文件可为 .xlsx、.xls 或 CSV（UTF-8 或 GBK 编码），大小不超过 10 MB。可先选择“预览”检查错误，再正式导入。"};

    public byte[] template() {
        return export(List.of());
    }

    public byte[] export(List<AppointmentView> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_KEPT_IN_MEMORY)) {
            writeRoster(workbook, rows);
            writeInstructions(workbook);
            return Spreadsheets.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRoster(Workbook workbook, List<AppointmentView> appointments) {
        Sheet sheet = workbook.createSheet(RosterColumn.SHEET);
        CellStyle text = textStyle(workbook);
        CellStyle header = headerStyle(workbook);
        Row headerRow = sheet.createRow(0);
        for (int index = 0; index < RosterColumn.TEMPLATE.size(); index++) {
            RosterColumn column = RosterColumn.TEMPLATE.get(index);
            sheet.setColumnWidth(index, (column.width() + 2) * 256);
            sheet.setDefaultColumnStyle(index, text);
            write(headerRow, index, column.header(), header);
        }
        sheet.createFreezePane(0, 1);
        int index = 1;
        for (AppointmentView appointment : appointments) {
            Row row = sheet.createRow(index++);
            List<String> values = List.of(appointment.cityCode(), text(appointment.cityName()), appointment.personName(),
                    "", text(appointment.post()), text(appointment.unit()), text(appointment.mobile()),
                    text(appointment.officePhone()), text(appointment.email()), RosterLabels.of(appointment.role()),
                    date(appointment.from()), date(appointment.to()));
            for (int cell = 0; cell < values.size(); cell++) {
                write(row, cell, values.get(cell), text);
            }
        }
    }

    private static void writeInstructions(Workbook workbook) {
        Sheet sheet = workbook.createSheet(RosterColumn.INSTRUCTIONS_SHEET);
        CellStyle header = headerStyle(workbook);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        Row title = sheet.createRow(0);
        write(title, 0, "列名", header);
        write(title, 1, "填写说明", header);
        int index = 1;
        for (RosterColumn column : RosterColumn.TEMPLATE) {
            Row row = sheet.createRow(index++);
            write(row, 0, column.header(), wrapped);
            write(row, 1, column.instructions(), wrapped);
        }
        index++;
        for (String instruction : GENERAL_INSTRUCTIONS) {
            write(sheet.createRow(index++), 1, instruction, wrapped);
        }
    }

    private static void write(Row row, int index, String value, CellStyle style) {
        var cell = row.createCell(index);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle textStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return style;
    }

    private static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = textStyle(workbook);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
