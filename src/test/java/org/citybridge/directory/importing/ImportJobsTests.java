package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.platform.jobs.JobStatus;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.RosterFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 3,000-row roster checked as a background job, seen by its starter only; and the same file committed twice at
 * once, which creates its people once.
 */
@IntegrationTest
class ImportJobsTests {

    private static final int ROWS = 3_000;

    @Autowired
    ImportJobs jobs;
    @Autowired
    RosterImport imports;
    @Autowired
    PendingImports pending;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLargeFileIsCheckedInTheBackgroundWithItsProgressKeptForItsStarterOnly() {
        byte[] file = RosterFile.xlsx("名单", RosterFile.HEADER, rows());
        String token = pending.keep(file, "进度名单.xlsx");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        UUID id;
        try {
            id = fixtures.asAdmin(() -> jobs.start(token, file, ImportMode.PREVIEW,
                    imports.inspect(file, Optional.empty()).layout()));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        ImportJob job = finished(id);

        assertThat(job.state()).isEqualTo(JobStatus.DONE);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.job().title()).isEqualTo("Roster import preview: 进度名单.xlsx");
        assertThat(job.report()).extracting(ImportReport::rows, ImportReport::valid, ImportReport::committed)
                .containsExactly(ROWS, ROWS, false);
        assertThat(fixtures.asAdmin(() -> jobs.recent())).extracting(RecentImport::id, RecentImport::mode)
                .contains(tuple(id, ImportMode.PREVIEW));
        Actor otherStaff = new Actor("other-staff", Role.STAFF, null, null, null);
        assertThat(Fixtures.as(otherStaff, () -> jobs.find(id))).isEmpty();
        assertThat(Fixtures.as(otherStaff, () -> jobs.recent())).extracting(RecentImport::id).doesNotContain(id);
    }

    @Test
    void theSameFileCommittedTwiceAtOnceCreatesItsPeopleOnce() {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        List<List<Object>> lines = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            String mobile = String.format("139%08d", (Long.parseLong(run) + n) % 100_000_000L);
            lines.add(List.of("510100", "成都", "并发" + run + "号" + n, "", "", "", mobile, "", "", "副联络员", "2024-01-01", ""));
        }
        byte[] file = RosterFile.xlsx("名单", RosterFile.HEADER, lines);
        String token = pending.keep(file, "并发.xlsx");
        SheetLayout layout = fixtures.asAdmin(() -> imports.inspect(file, Optional.empty()).layout());

        UUID first = fixtures.asAdmin(() -> jobs.start(token, file, ImportMode.VALID_ONLY, layout));
        UUID second = fixtures.asAdmin(() -> jobs.start(token, file, ImportMode.VALID_ONLY, layout));

        List<ImportReport> reports = List.of(finished(first).report(), finished(second).report());
        assertThat(reports).extracting(ImportReport::committed).containsExactly(true, true);
        assertThat(reports).extracting(ImportReport::peopleCreated).containsExactlyInAnyOrder(40, 0);
        assertThat(reports).extracting(ImportReport::unchanged).containsExactlyInAnyOrder(0, 40);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE name LIKE :name").param("name", "并发" + run + "号%")
                .query(Long.class).single()).isEqualTo(40);
        assertThat(pending.holds(token)).isFalse();
    }

    private ImportJob finished(UUID id) {
        return await().atMost(Duration.ofMinutes(3)).until(() -> fixtures.asAdmin(() -> jobs.find(id)).orElseThrow(),
                found -> !found.running());
    }

    private static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 0; n < ROWS; n++) {
            rows.add(List.of("510100", "成都", "进度" + n, "", "", "", String.format("135%08d", n), "", "", "主联络员",
                    "2024-01-01", ""));
        }
        return rows;
    }
}
