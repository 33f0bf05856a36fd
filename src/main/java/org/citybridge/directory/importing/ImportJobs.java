package org.citybridge.directory.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs roster imports in the background, one at a time, keeping each job's progress in the database (written apart
 * from the import's own transaction, a few times a second), so that the uploader sees a progress bar, may leave and
 * come back, and may be served by any instance. A job whose instance stopped is shown as interrupted. Jobs are kept a
 * day; each is seen only by the user who started it.
 */
@Component
public class ImportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);
    /** Longer than any phase runs without telling its progress. */
    private static final Duration SILENCE_OF_A_STOPPED_JOB = Duration.ofMinutes(5);
    private static final Duration KEPT = Duration.ofDays(1);
    private static final String COLUMNS = "id, file_token, mode, layout::text, state, phase, done, total, report::text, error, "
            + "created_at, updated_at";

    private final RosterImport rosterImport;
    private final PendingImports pending;
    private final RosterAccess access;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate apart;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "roster-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(RosterImport rosterImport, PendingImports pending, RosterAccess access, JdbcClient jdbc, JsonMapper json, MessageSource messages,
               Clock clock, PlatformTransactionManager transactions) {
        this.rosterImport = rosterImport;
        this.pending = pending;
        this.access = access;
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Starts checking (and, as the mode says, committing) the kept file with the layout, as the current user. */
    public UUID start(String fileToken, byte[] file, ImportMode mode, SheetLayout layout) {
        String owner = access.requireSecretariat().username();
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO roster_import_job (id, owner, file_token, mode, layout, state, phase, created_at, updated_at)
                VALUES (:id, :owner, :token, :mode, CAST(:layout AS jsonb), 'RUNNING', 'READING', :now, :now)""")
                .param("id", id).param("owner", owner).param("token", fileToken).param("mode", mode.name())
                .param("layout", json.writeValueAsString(LayoutJson.of(layout))).param("now", now).update();
        Locale locale = LocaleContextHolder.getLocale();
        runner.execute(new DelegatingSecurityContextRunnable(() -> run(id, fileToken, file, mode, layout, locale)));
        return id;
    }

    /** The job, if the current user started it. */
    public Optional<ImportJob> find(UUID id) {
        String owner = access.requireSecretariat().username();
        return jdbc.sql("SELECT " + COLUMNS + " FROM roster_import_job WHERE id = :id AND owner = :owner")
                .param("id", id).param("owner", owner).query((rs, n) -> job(rs)).optional();
    }

    /** The current user's jobs of the last day, the latest first. */
    public List<ImportJob> mine() {
        String owner = access.requireSecretariat().username();
        return jdbc.sql("SELECT " + COLUMNS + " FROM roster_import_job WHERE owner = :owner ORDER BY created_at DESC LIMIT 10")
                .param("owner", owner).query((rs, n) -> job(rs)).list();
    }

    @Scheduled(fixedDelayString = "PT1H")
    void removeOld() {
        jdbc.sql("DELETE FROM roster_import_job WHERE created_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(KEPT))).update();
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    private void run(UUID id, String fileToken, byte[] file, ImportMode mode, SheetLayout layout, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            ImportReport report = rosterImport.run(file, mode, layout, new Reporter(id));
            finish(id, "DONE", json.writeValueAsString(report), null);
            if (report.committed()) {
                pending.forget(fileToken);
            }
        } catch (RuleViolation refused) {
            finish(id, "FAILED", null, messages.getMessage(refused.messageKey(), refused.args(), locale));
        } catch (RuntimeException failed) {
            LOG.error("Roster import {} failed", id, failed);
            finish(id, "FAILED", null, messages.getMessage("import.job.failed", null, locale));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private void finish(UUID id, String state, String report, String error) {
        jdbc.sql("""
                UPDATE roster_import_job SET state = :state, report = CAST(:report AS jsonb), error = :error, updated_at = :now
                WHERE id = :id""").param("id", id).param("state", state).param("report", report).param("error", error)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private ImportJob job(ResultSet rs) throws SQLException {
        ImportJob.State state = ImportJob.State.valueOf(rs.getString("state"));
        String error = rs.getString("error");
        Instant updated = rs.getTimestamp("updated_at").toInstant();
        if (state == ImportJob.State.RUNNING && updated.isBefore(clock.instant().minus(SILENCE_OF_A_STOPPED_JOB))) {
            state = ImportJob.State.FAILED;
            error = messages.getMessage("import.job.interrupted", null, LocaleContextHolder.getLocale());
        }
        String report = rs.getString("report");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_token"), ImportMode.valueOf(rs.getString("mode")),
                json.readValue(rs.getString("layout"), LayoutJson.class).layout(), state, ImportPhase.valueOf(rs.getString("phase")),
                rs.getInt("done"), rs.getInt("total"), report == null ? null : json.readValue(report, ImportReport.class), error,
                rs.getTimestamp("created_at").toInstant());
    }

    /** Writes the progress apart from the import's transaction, at most a few times a second and at each phase's end. */
    private final class Reporter implements ImportProgress {
        private final UUID id;
        private ImportPhase lastPhase;
        private Instant lastWrite = Instant.MIN;

        Reporter(UUID id) {
            this.id = id;
        }

        @Override
        public void reached(ImportPhase phase, int done, int total) {
            Instant now = clock.instant();
            if (phase == lastPhase && done < total && now.isBefore(lastWrite.plus(PROGRESS_INTERVAL))) {
                return;
            }
            lastPhase = phase;
            lastWrite = now;
            apart.executeWithoutResult(status -> jdbc.sql("""
                    UPDATE roster_import_job SET phase = :phase, done = :done, total = :total, updated_at = :now WHERE id = :id""")
                    .param("id", id).param("phase", phase.name()).param("done", done).param("total", total)
                    .param("now", Timestamp.from(now)).update());
        }
    }

    /** A layout as the job row keeps it. */
    record LayoutJson(int sheet, int headerRow, Map<Integer, String> columns) {

        static LayoutJson of(SheetLayout layout) {
            return new LayoutJson(layout.sheet(), layout.headerRow(), layout.mapping().fields());
        }

        SheetLayout layout() {
            return new SheetLayout(sheet, headerRow, ColumnMapping.ofFields(columns));
        }
    }
}
