package org.citybridge.directory.importing;

import java.util.List;
import java.util.Set;

import org.citybridge.shared.RuleViolation;

/**
 * Reads a member list: .xlsx, .xls or CSV (UTF-8 or GBK), the first sheet holding a header row with 城市 and 入会时间
 * (title rows above it are skipped; columns in any order, others ignored; a 省份 column, if any, tells apart cities of
 * the same name), then one city per row.
 */
final class MemberListReader {

    private static final Set<String> CITY = Set.of("城市", "城市名称", "所在城市", "会员城市", "城市代码", "城市或代码");
    private static final Set<String> SINCE = Set.of("入会时间", "入会日期", "加入时间", "加入日期");
    private static final Set<String> STATUS = Set.of("状态", "会员状态");
    private static final int HEADER_SEARCH_ROWS = 20;

    private MemberListReader() {
    }

    static List<MemberListRow> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new RuleViolation("file", "memberList.error.empty");
        }
        List<GridRow> lines = UploadedSheets.read(file).get(0).rows();
        for (int index = 0; index < Math.min(lines.size(), HEADER_SEARCH_ROWS); index++) {
            List<String> header = lines.get(index).cells().stream().map(MemberListReader::headerName).toList();
            int city = header.stream().filter(CITY::contains).findFirst().map(header::indexOf).orElse(-1);
            int since = header.stream().filter(SINCE::contains).findFirst().map(header::indexOf).orElse(-1);
            if (city >= 0 && since >= 0) {
                int status = header.stream().filter(STATUS::contains).findFirst().map(header::indexOf).orElse(-1);
                int province = header.stream().filter(name -> HeaderNames.column(name).orElse(null) == RosterColumn.PROVINCE)
                        .findFirst().map(header::indexOf).orElse(-1);
                return lines.subList(index + 1, lines.size()).stream()
                        .map(line -> new MemberListRow(line.number(), line.cell(city), line.cell(since),
                                status < 0 ? "" : line.cell(status), province < 0 ? "" : line.cell(province)))
                        .filter(row -> !row.isBlank()).toList();
            }
        }
        throw new RuleViolation("file", "memberList.error.noHeader");
    }

    private static String headerName(String text) {
        return text.replaceAll("[\\s*＊:：]", "");
    }
}
