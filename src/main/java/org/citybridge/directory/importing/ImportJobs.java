package org.citybridge.directory.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.platform.jobs.BackgroundJobs;
import org.citybridge.platform.jobs.JobOutcome;
import org.citybridge.platform.jobs.JobProgress;
import org.citybridge.platform.jobs.JobStatus;
import org.citybridge.platform.jobs.JobView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs roster imports as background jobs ({@link BackgroundJobs}), which run them as their uploader, keep their
 * progress, state and failure, show them to their uploader alone (also among their jobs at /admin/jobs, linked to the
 * import's page) and forget them after a week. What only an import has is kept here under its job's id: the held
 * file's token, the mode, the layout the file is read with, and the report the import's page shows.
 * <p>
 * Imports may run side by side (the jobs' threads); {@code RosterImportWriter} commits them one after another.
 */
@Component
public class ImportJobs {

    private static final String PAGE = "/admin/roster/import/jobs/";
    private static final int RECENT = 10;

    private final BackgroundJobs jobs;
    private final RosterImport rosterImport;
    private final PendingImports pending;
    private final RosterAccess access;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;

    ImportJobs(BackgroundJobs jobs, RosterImport rosterImport, PendingImports pending, RosterAccess access, JdbcClient jdbc,
               JsonMapper json, MessageSource messages) {
        this.jobs = jobs;
        this.rosterImport = rosterImport;
        this.pending = pending;
        this.access = access;
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
    }

    /**
     * Starts checking (and, as the mode says, committing) the kept file with the layout, as the current user; the job
     * begins once the import's row is written.
     */
    @Transactional
    public UUID start(String fileToken, byte[] file, ImportMode mode, SheetLayout layout) {
        access.requireSecretariat();
        UUID id = jobs.start(title(fileToken, mode), job -> PAGE + job,
                job -> progress -> run(job, fileToken, file, mode, layout, progress));
        jdbc.sql("""
                INSERT INTO roster_import (job_id, file_token, mode, layout)
                VALUES (:id, :token, :mode, CAST(:layout AS jsonb))""")
                .param("id", id).param("token", fileToken).param("mode", mode.name())
                .param("layout", json.writeValueAsString(LayoutJson.of(layout))).update();
        return id;
    }

    /** The import, if the current user started it; its report once the job is done. */
    public Optional<ImportJob> find(UUID id) {
        access.requireSecretariat();
        return jobs.find(id).flatMap(job -> jdbc.sql("""
                        SELECT file_token, mode, layout::text, report::text FROM roster_import WHERE job_id = :id""")
                .param("id", id)
                .query((rs, n) -> new ImportJob(job, rs.getString("file_token"), ImportMode.valueOf(rs.getString("mode")),
                        json.readValue(rs.getString("layout"), LayoutJson.class).layout(),
                        job.status() == JobStatus.DONE ? report(rs.getString("report")) : null))
                .optional());
    }

    /** The current user's latest imports among their jobs, the latest first, without their reports. */
    public List<RecentImport> recent() {
        access.requireSecretariat();
        List<JobView> mine = jobs.mine();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<UUID, ImportMode> modes = new HashMap<>();
        jdbc.sql("SELECT job_id, mode FROM roster_import WHERE job_id IN (:ids)")
                .param("ids", mine.stream().map(JobView::id).toList())
                .query(rs -> {
                    modes.put(rs.getObject("job_id", UUID.class), ImportMode.valueOf(rs.getString("mode")));
                });
        return mine.stream().filter(job -> modes.containsKey(job.id())).limit(RECENT)
                .map(job -> new RecentImport(job, modes.get(job.id()))).toList();
    }

    private JobOutcome run(UUID id, String fileToken, byte[] file, ImportMode mode, SheetLayout layout, JobProgress progress) {
        ImportReport report = rosterImport.run(file, mode, layout, new ImportJobProgress(progress, mode, messages));
        jdbc.sql("UPDATE roster_import SET report = CAST(:report AS jsonb) WHERE job_id = :id")
                .param("report", json.writeValueAsString(report)).param("id", id).update();
        if (report.committed()) {
            pending.forget(fileToken);
        }
        return JobOutcome.message(summary(report, mode), null);
    }

    /** "名录导入预览：名单.xlsx", in the uploader's language, as their jobs list it. */
    private String title(String fileToken, ImportMode mode) {
        Locale locale = LocaleContextHolder.getLocale();
        String file = pending.name(fileToken).orElseGet(() -> messages.getMessage("import.job.unnamedFile", null, locale));
        return messages.getMessage("import.job.title." + mode.name(), new Object[]{file}, locale);
    }

    /** The outcome in a sentence, as the import's page says it. */
    private String summary(ImportReport report, ImportMode mode) {
        Locale locale = LocaleContextHolder.getLocale();
        if (mode == ImportMode.PREVIEW) {
            return messages.getMessage("import.rows", new Object[]{report.rows(), report.valid(), report.errors().size()}, locale);
        }
        return report.committed() ? messages.getMessage("import.done", new Object[]{report.peopleCreated(),
                report.peopleUpdated(), report.appointmentsCreated(), report.unchanged()}, locale)
                : messages.getMessage("import.nothingCommitted", null, locale);
    }

    private ImportReport report(String text) {
        return text == null ? null : json.readValue(text, ImportReport.class);
    }

    /** A layout as the import's row keeps it. */
    record LayoutJson(int sheet, int headerRow, Map<Integer, String> columns) {

        static LayoutJson of(SheetLayout layout) {
            return new LayoutJson(layout.sheet(), layout.headerRow(), layout.mapping().fields());
        }

        SheetLayout layout() {
            return new SheetLayout(sheet, headerRow, ColumnMapping.ofFields(columns));
        }
    }
}
