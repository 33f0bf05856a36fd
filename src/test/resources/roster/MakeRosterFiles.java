import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Made the roster files of this folder once, shaped like the sheets secretariats really keep (run from this folder:
 * java -cp "$(cat classpath.txt)" MakeRosterFiles.java). Kept to show how they were made; the tests read the files.
 */
public class MakeRosterFiles {

    static final String TITLE = "2025年度城市联络员名录";
    static final List<String> HEADER = List.of("序号", "所在城市", "省份", "联系人", "职务", "手机号码", "电子邮箱", "类型",
            "任职日期", "备注");
    /** A value of LocalDate is written as a date cell, of Integer as a plain number (an Excel serial for dates). */
    static final List<List<Object>> ROWS = List.of(
            List.of(1, "西安", "陕西", "欧阳　晓文", "市政府副秘书长", "138 0013 8001", "ouyang@example.cn", "主联络员", "2025-3-1", "新任"),
            List.of(2, "成都市", "四川省", "上官文静", "市政府办公厅副主任", "１３８００１３８００２", "ｓｈａｎｇｇｕａｎ＠example.cn", "副联络员", "2025/3/1", ""),
            List.of(3, "440300", "", "皇甫文强", "驻京办主任", "138-0013-8003", "", "主", "2025.3.1", "代码写在城市列"),
            List.of(4, "张家", "", "诸葛文敏", "副秘书长", "13800138004", "", "主联络员", "2025年3月1日", "同名城市"),
            List.of(5, "张家", "湖南", "司马文亮", "副秘书长", "13800138005", "", "主联络员", "2025年3月1日", ""),
            List.of(6, "武汉", "湖北省", "东方文丽", "副秘书长", " 13800138006 ", "", "副联络员", LocalDate.of(2025, 3, 1), "日期单元格"),
            List.of(7, "杭州", "", "慕容文杰", "副秘书长", "13800138007", "", "主联络员", 45717, "序列号日期"),
            List.of(8, "不存在", "", "令狐文刚", "副秘书长", "13800138008", "", "主联络员", "2025-3-1", ""));

    public static void main(String[] args) throws IOException {
        try (Workbook xlsx = new XSSFWorkbook(); FileOutputStream out = new FileOutputStream("users-roster.xlsx")) {
            fill(xlsx);
            xlsx.write(out);
        }
        try (Workbook xls = new HSSFWorkbook(); FileOutputStream out = new FileOutputStream("users-roster.xls")) {
            fill(xls);
            xls.write(out);
        }
        try (Writer csv = new OutputStreamWriter(new FileOutputStream("users-roster-gbk.csv"), Charset.forName("GBK"))) {
            csv.write("城市名称,姓名,手机,联络员类别,任职时间,电子邮箱,备注\r\n");
            csv.write("成都,上官文珊,139 0013 9001,主联络员,2025/3/1,wenshan@example.cn,\"成都市人民政府办公厅，驻京联络处\"\r\n");
            csv.write("武汉市,东方文博,１３９００１３９００２,副联络员,2025年3月1日,,\r\n");
            csv.write("杭州,慕容文远,139-0013-9003,主联络员,2025.3.1,,\"备注带\"\"引号\"\"\"\r\n");
            csv.write("张家,诸葛文康,13900139004,主联络员,2025-3-1,,同名城市\r\n");
        }
    }

    static void fill(Workbook workbook) {
        Sheet notes = workbook.createSheet("填表说明");
        notes.createRow(0).createCell(0).setCellValue("请各城市于3月底前报送。");
        Sheet sheet = workbook.createSheet("联络员");
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        title.setAlignment(HorizontalAlignment.CENTER);
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(TITLE);
        titleRow.getCell(0).setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
        Row header = sheet.createRow(2);
        for (int c = 0; c < HEADER.size(); c++) {
            header.createCell(c).setCellValue(HEADER.get(c));
        }
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        for (int r = 0; r < ROWS.size(); r++) {
            Row row = sheet.createRow(r + 3);
            List<Object> values = ROWS.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                var cell = row.createCell(c);
                if (value instanceof Integer number) {
                    cell.setCellValue(number);
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue((String) value);
                }
            }
        }
    }
}
