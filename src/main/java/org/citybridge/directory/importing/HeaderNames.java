package org.citybridge.directory.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citybridge.directory.TypedText;

/**
 * The names people give the roster's columns: the template's own and the usual synonyms. A header is compared without
 * spaces, required-marks (*) or remarks in brackets ("手机号码（必填）" is 手机号码), and ignoring case.
 */
final class HeaderNames {

    private static final Map<RosterColumn, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry(RosterColumn.CITY_CODE, List.of("城市代码", "行政区划代码", "区划代码", "城市编码", "城市编号", "代码")),
            Map.entry(RosterColumn.CITY_NAME, List.of("城市名称", "城市", "所在城市", "城市名", "地市", "所在地市", "市", "会员城市")),
            Map.entry(RosterColumn.PROVINCE, List.of("省份", "省", "所在省份", "省区市", "省(区、市)", "所属省份", "省份名称")),
            Map.entry(RosterColumn.NAME, List.of("姓名", "联系人", "联络员", "联络员姓名", "名字", "联系人姓名")),
            Map.entry(RosterColumn.GENDER, List.of("性别")),
            Map.entry(RosterColumn.POST, List.of("职务", "职位", "现任职务", "职务职称")),
            Map.entry(RosterColumn.UNIT, List.of("单位", "工作单位", "所在单位", "单位名称")),
            Map.entry(RosterColumn.MOBILE, List.of("手机", "手机号", "手机号码", "移动电话", "联系手机")),
            Map.entry(RosterColumn.OFFICE_PHONE, List.of("办公电话", "电话", "座机", "固定电话", "办公室电话", "单位电话")),
            Map.entry(RosterColumn.EMAIL, List.of("电子邮箱", "邮箱", "电子邮件", "email", "e-mail", "邮件", "电子信箱")),
            Map.entry(RosterColumn.ROLE, List.of("联络员类型", "联络员类别", "类型", "类别", "联络员身份")),
            Map.entry(RosterColumn.FROM, List.of("任职开始", "任职时间", "任职日期", "任职开始日期", "任职开始时间", "开始日期",
                    "起始日期", "任职起始日期", "任命日期")),
            Map.entry(RosterColumn.TO, List.of("任职结束", "任职结束日期", "任职结束时间", "结束日期", "离任日期", "离任时间",
                    "卸任日期", "任职截止日期")));
    private static final Map<String, RosterColumn> BY_NAME = byName();

    private HeaderNames() {
    }

    /** The column a header names, if it is one the roster knows. */
    static Optional<RosterColumn> column(String header) {
        return Optional.ofNullable(BY_NAME.get(normalise(header)));
    }

    /** The header as compared: "  手机号码（必填）*" and "手机号码" are the same. */
    static String normalise(String header) {
        String text = TypedText.tidy(header).replace(" ", "").replace("*", "").toLowerCase(Locale.ROOT);
        String withoutRemark = text.replaceAll("\\((必填|选填|可选|可不填|非必填)\\)", "");
        return withoutRemark.replaceAll("^\\((.*)\\)$", "$1");
    }

    private static Map<String, RosterColumn> byName() {
        Map<String, RosterColumn> byName = new HashMap<>();
        SYNONYMS.forEach((column, names) -> names.forEach(name -> byName.put(normalise(name), column)));
        return Map.copyOf(byName);
    }
}
