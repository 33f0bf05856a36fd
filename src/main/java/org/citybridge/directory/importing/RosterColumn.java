package org.citybridge.directory.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the roster sheet in the template's order: header, API field name, column width, free-text limit and the
 * instructions; and the columns a roster may have beyond the template.
 */
enum RosterColumn {
    CITY_CODE("城市代码", "cityCode", 10, false, 0, "城市代码与城市名称至少填一项。6 位行政区划代码（GB/T 2260），如 510100。"),
    CITY_NAME("城市名称", "cityName", 14, false, 60, "无城市代码时按名称查找城市，“市”可省略，如 成都；同名时按省份区分。与城市代码同填时须一致。"),
    NAME("姓名", "name", 10, true, 40, "必填。联络员姓名，最长 40 字。"),
    GENDER("性别", "gender", 6, false, 0, "选填。填 男 或 女。"),
    POST("职务", "post", 20, false, 100, "选填。如 市政府副秘书长，最长 100 字。"),
    UNIT("单位", "unit", 24, false, 100, "选填。如 市人民政府办公厅，最长 100 字。"),
    MOBILE("手机", "mobile", 15, false, 0, "选填。11 位手机号码，可带 +86，如 13912345678。"),
    OFFICE_PHONE("办公电话", "officePhone", 17, false, 0, "选填。区号-号码-分机，如 028-87654321 或 010-12345678-123。"),
    EMAIL("电子邮箱", "email", 26, false, 120, "选填。如 liaison@example.cn，最长 120 字符。"),
    ROLE("联络员类型", "role", 12, true, 0, "必填。填 主联络员 或 副联络员。"),
    FROM("任职开始", "from", 12, true, 0, "必填。日期，格式 yyyy-MM-dd，如 2024-01-15。"),
    TO("任职结束", "to", 12, false, 0, "选填。日期，格式 yyyy-MM-dd；仍在任请留空；不得早于任职开始。"),
    /** Not in the template: people's own sheets have it, and it tells apart cities given by a name several share. */
    PROVINCE("省份", "province", 0, false, 40, null);

    static final String SHEET = "联络员名录";
    static final String INSTRUCTIONS_SHEET = "填写说明";
    /** The template's columns, in its order. */
    static final List<RosterColumn> TEMPLATE = Arrays.stream(values()).filter(column -> column.instructions != null).toList();
    static final List<String> HEADERS = TEMPLATE.stream().map(RosterColumn::header).toList();

    private final String header;
    private final String field;
    private final int width;
    private final boolean required;
    private final int maxLength;
    private final String instructions;

    RosterColumn(String header, String field, int width, boolean required, int maxLength, String instructions) {
        this.header = header;
        this.field = field;
        this.width = width;
        this.required = required;
        this.maxLength = maxLength;
        this.instructions = instructions;
    }

    static Optional<RosterColumn> byField(String field) {
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst();
    }

    String header() {
        return header;
    }

    String field() {
        return field;
    }

    /** In characters. */
    int width() {
        return width;
    }

    /** Required in every row; the city is required as a code or a name, which neither column says alone. */
    boolean required() {
        return required;
    }

    /** The longest free text accepted; 0 for columns whose format bounds their length. */
    int maxLength() {
        return maxLength;
    }

    String instructions() {
        return instructions;
    }
}
