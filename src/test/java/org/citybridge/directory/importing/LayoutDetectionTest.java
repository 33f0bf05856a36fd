package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class LayoutDetectionTest {

    private static final List<String> USERS_HEADER = List.of("序号", "所在城市", "联系人", "移动电话", "联络员类别", "任职时间", "备注");

    @Test
    void findsTheHeaderRowBelowATitleAndReadsSynonymsInAnyOrder() {
        SheetGrid sheet = sheet("联络员", List.of("2025年度城市联络员名录", "2025年度城市联络员名录", "2025年度城市联络员名录"),
                List.of("填报单位：秘书处"), USERS_HEADER, List.of("1", "西安", "王伟", "13800138000", "主联络员", "2025-3-1", ""));

        DetectedLayout layout = LayoutDetection.detect(List.of(sheet), Optional.empty());

        assertThat(layout.sure()).isTrue();
        assertThat(layout.layout().headerRow()).isEqualTo(3);
        assertThat(layout.layout().mapping().fields()).isEqualTo(Map.of(1, "cityName", 2, "name", 3, "mobile", 4, "role", 5, "from"));
        assertThat(layout.ignoredHeaders()).containsExactly("序号", "备注");
    }

    @Test
    void comparesHeadersWithoutSpacesMarksOrRemarks() {
        assertThat(HeaderNames.column(" 手机号码（必填）*")).contains(RosterColumn.MOBILE);
        assertThat(HeaderNames.column("城市 名称")).contains(RosterColumn.CITY_NAME);
        assertThat(HeaderNames.column("E-mail")).contains(RosterColumn.EMAIL);
        assertThat(HeaderNames.column("电子邮箱（选填）")).contains(RosterColumn.EMAIL);
        assertThat(HeaderNames.column("备注")).isEmpty();
    }

    @Test
    void takesTheSheetThatHoldsTheRoster() {
        SheetGrid notes = sheet("说明", List.of("请于3月底前报送"), List.of("城市", "联系人"));
        SheetGrid roster = sheet("名单", USERS_HEADER);

        DetectedLayout layout = LayoutDetection.detect(List.of(notes, roster), Optional.empty());

        assertThat(layout.sure()).isTrue();
        assertThat(layout.layout().sheet()).isEqualTo(1);
    }

    @Test
    void doubtsWhenSeveralSheetsHoldARoster() {
        DetectedLayout layout = LayoutDetection.detect(List.of(sheet("2024", USERS_HEADER), sheet("2025", USERS_HEADER)),
                Optional.empty());

        assertThat(layout.doubts()).containsExactly(new LayoutDoubt("import.doubt.severalSheets", List.of("2024、2025")));
        assertThat(LayoutDetection.detect(List.of(sheet("2024", USERS_HEADER), sheet("2025", USERS_HEADER)), 1, Optional.empty())
                .sure()).isTrue();
    }

    @Test
    void doubtsWhenARequiredColumnIsMissingOrTwoColumnsCouldBeOne() {
        DetectedLayout missing = LayoutDetection.detect(List.of(sheet("S", List.of("城市", "联系人员", "类型", "任职时间"))),
                Optional.empty());
        DetectedLayout twice = LayoutDetection.detect(List.of(sheet("S", List.of("城市", "姓名", "类型", "任职时间", "任职日期"))),
                Optional.empty());

        assertThat(missing.doubts()).containsExactly(new LayoutDoubt("import.doubt.missing", List.of("姓名")));
        assertThat(twice.doubts()).containsExactly(new LayoutDoubt("import.doubt.twoColumns", List.of("任职开始", "任职时间、任职日期")));
        assertThat(twice.layout().mapping().fields()).containsEntry(3, "from").doesNotContainKey(4);
    }

    @Test
    void aSavedMappingReadsTheHeadersItKnows() {
        SavedMapping saved = new SavedMapping(1, "市政府办格式", Map.of("联系人员", "name", "备注", ""));
        SheetGrid sheet = sheet("S", List.of("城市", "联系人员", "类型", "任职时间", "备注"));

        DetectedLayout layout = LayoutDetection.detect(List.of(sheet), Optional.of(saved));

        assertThat(layout.sure()).isTrue();
        assertThat(layout.layout().mapping().fields()).containsEntry(1, "name");
    }

    @Test
    void theUsersLayoutIsTakenAsGivenWithWhatItLacks() {
        SheetGrid sheet = sheet("S", List.of("城市", "联系人员", "类型", "任职时间"));

        DetectedLayout layout = LayoutDetection.given(List.of(sheet),
                new SheetLayout(0, 1, ColumnMapping.ofFields(Map.of(0, "cityName", 1, "name", 2, "role", 3, "name"))));

        assertThat(layout.doubts()).extracting(LayoutDoubt::messageKey).containsExactly("import.doubt.missing", "import.doubt.twoColumns");
        assertThat(layout.letter(27)).isEqualTo("AB");
    }

    @Test
    void refusesAFileWithoutData() {
        assertThatThrownBy(() -> LayoutDetection.detect(List.of(new SheetGrid("S", List.of())), Optional.empty()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("import.error.empty"));
    }

    @SafeVarargs
    private static SheetGrid sheet(String name, List<String>... rows) {
        List<GridRow> grid = new ArrayList<>();
        for (int index = 0; index < rows.length; index++) {
            grid.add(new GridRow(index + 1, rows[index]));
        }
        return new SheetGrid(name, grid);
    }
}
