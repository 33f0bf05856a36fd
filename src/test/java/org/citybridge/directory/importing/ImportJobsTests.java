package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.RosterFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A 3,000-row roster checked in the background: its progress is kept row by row, and only its starter sees it. */
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

    @Test
    void aLargeFileIsCheckedInTheBackgroundWithItsProgressKeptForItsStarterOnly() {
        byte[] file = RosterFile.xlsx("名单", RosterFile.HEADER, rows());
        String token = pending.keep(file);
        UUID id = fixtures.asAdmin(() -> jobs.start(token, file, ImportMode.PREVIEW,
                imports.inspect(file, Optional.empty()).layout()));

        ImportJob job = await().atMost(Duration.ofMinutes(3)).until(() -> fixtures.asAdmin(() -> jobs.find(id)).orElseThrow(),
                found -> !found.running());

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(job).extracting(ImportJob::phase, ImportJob::done, ImportJob::total, ImportJob::percent)
                .containsExactly(ImportPhase.CHECKING, ROWS, ROWS, 100);
        assertThat(job.report()).extracting(ImportReport::rows, ImportReport::valid, ImportReport::committed)
                .containsExactly(ROWS, ROWS, false);
        assertThat(fixtures.asAdmin(() -> jobs.mine())).extracting(ImportJob::id).contains(id);
        Actor otherStaff = new Actor("other-staff", Role.STAFF, null, null, null);
        assertThat(Fixtures.as(otherStaff, () -> jobs.find(id))).isEmpty();
        assertThat(Fixtures.as(otherStaff, () -> jobs.mine())).extracting(ImportJob::id).doesNotContain(id);
    }

    @Test
    void aRunningJobTellsHowFarItIs() {
        ImportJob checking = new ImportJob(UUID.randomUUID(), "t", ImportMode.VALID_ONLY, null, ImportJob.State.RUNNING,
                ImportPhase.CHECKING, 1_500, 3_000, null, null, null);
        ImportJob writing = new ImportJob(UUID.randomUUID(), "t", ImportMode.VALID_ONLY, null, ImportJob.State.RUNNING,
                ImportPhase.WRITING, 1_500, 3_000, null, null, null);

        assertThat(checking.percent()).isEqualTo(27);
        assertThat(writing.percent()).isEqualTo(75);
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
