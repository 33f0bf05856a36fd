package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.RosterFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RosterImportAtScaleTests {

        private static final int ROWS = 1_000;

    @Autowired
    RosterImport imports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLargeRosterCommitsEveryRowOnceAndARepeatChangesNothing() {
        byte[] file = RosterFile.xlsx(RosterFile.SHEET, RosterFile.HEADER, rows());

        ImportReport first = fixtures.asAdmin(() -> imports.run(file, ImportMode.ALL_OR_NOTHING));
        ImportReport second = fixtures.asAdmin(() -> imports.run(file, ImportMode.ALL_OR_NOTHING));

        assertThat(first.errors()).isEmpty();
        assertThat(first).extracting(ImportReport::peopleCreated, ImportReport::appointmentsCreated).containsExactly(ROWS, ROWS);
        assertThat(second.unchanged()).isEqualTo(ROWS);
    }

    private List<List<Object>> rows() {
        record City(String code, String name) {
        }
        List<City> cities = jdbc.sql("SELECT code, name FROM city ORDER BY code").query(City.class).list();
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 0; n < ROWS; n++) {
            City city = cities.get(n % cities.size());
            rows.add(List.of(city.code(), city.name(), "批量" + n, n % 2 == 0 ? "男" : "女", "市政府副秘书长", "市人民政府办公厅",
                    String.format("136%08d", n), "028-8765432" + n % 10, "bulk" + n + "@example.cn",
                    n / cities.size() == 0 ? "主联络员" : "副联络员", LocalDate.of(2024, 1, 1).plusDays(n / cities.size()).toString(), ""));
        }
        return rows;
    }
}
