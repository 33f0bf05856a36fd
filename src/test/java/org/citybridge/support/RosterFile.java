package org.citybridge.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds real xlsx files the way people fill them in: text, numbers and real date cells. */
public final class RosterFile {

    public static final String SHEET = "联络员名录";
    public static final List<String> HEADER = List.of("城市代码", "城市名称", "姓名", "性别", "职务", "单位", "手机", "办公电话",
            "电子邮箱", "联络员类型", "任职开始", "任职结束");
    public static final List<String> FIELDS = List.of("cityCode", "cityName", "name", "gender", "post", "unit", "mobile",
            "officePhone", "email", "role", "from", "to");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private RosterFile() {
    }

    /** A valid row for Chengdu with a name, mobile and email no other row uses. */
    public static Line line() {
        int n = SEQUENCE.incrementAndGet();
        return new Line().with("cityCode", "510100").with("cityName", "成都市").with("name", "导入测试" + n)
                .with("gender", "女").with("post", "市政府副秘书长").with("unit", "市人民政府办公厅")
                .with("mobile", String.format("137%08d", n)).with("officePhone", "028-87654321")
                .with("email", "import" + n + "@example.cn").with("role", "主联络员").with("from", "2024-01-15")
                .with("to", "");
    }

    public static byte[] of(Line... lines) {
        return xlsx(SHEET, HEADER, Arrays.stream(lines).map(Line::cells).toList());
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            List<List<Object>> all = new ArrayList<>();
            all.add(new ArrayList<>(header));
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = all.get(r);
                for (int c = 0; c < values.size(); c++) {
                    write(row.createCell(c), values.get(c), date);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle date) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    public static final class Line {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Line with(String field, Object value) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(field);
            }
            values.put(field, value);
            return this;
        }

        public List<Object> cells() {
            return FIELDS.stream().map(values::get).toList();
        }
    }
}
