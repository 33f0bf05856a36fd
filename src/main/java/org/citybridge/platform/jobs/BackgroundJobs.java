package org.citybridge.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.citybridge.shared.Actors;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Long work started by a user runs in the background as that user; its progress and result are kept in the database,
 * so the page that shows them may be left, reloaded or opened later, on any instance. A job started inside a
 * transaction begins once that transaction has committed (and never, if it rolls back), so that it sees what was
 * written with it.
 */
@Service
public class BackgroundJobs {

    /** A job whose instance stopped (a restart, a crash) no longer moves: after this long it is shown as interrupted. */
    static final Duration SILENT_FOR = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final String COLUMNS = """
            id, title, status, done, total, phase, message, link, file_name, started_at, updated_at, finished_at""";

    private final JdbcClient jdbc;
    private final Executor executor;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    BackgroundJobs(JdbcClient jdbc, JobsConfiguration.JobThreads threads, MessageSource messages, Clock clock,
                   PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = threads.executor();
        this.messages = messages;
        this.clock = clock;
    }

    /** Starts the work as the current user, in the current language; answers the job's id at once. */
    public UUID start(String title, JobWork work) {
        return start(title, id -> null, id -> work);
    }

    /**
     * As {@link #start(String, JobWork)}, for work that keeps results of its own under the job's id and shows them on a
     * page of its own: {@code page} gives that page's address (the job links to it from the start), {@code work} the
     * work, both from the job's id.
     */
    public UUID start(String title, Function<UUID, String> page, Function<UUID, JobWork> work) {
        String owner = owner();
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO background_job (id, owner, title, status, link, started_at, updated_at)
                        VALUES (:id, :owner, :title, 'RUNNING', :link, :now, :now)""")
                .param("id", id).param("owner", owner).param("title", title).param("link", page.apply(id))
                .param("now", now).update();
        Locale locale = LocaleContextHolder.getLocale();
        JobWork toRun = work.apply(id);
        Runnable dispatch = () -> executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, toRun, locale)));
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatch.run();
                }
            });
        } else {
            dispatch.run();
        }
        return id;
    }

    /** The current user's own job; another user's is as good as absent. */
    public Optional<JobView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM background_job WHERE id = :id AND owner = :owner")
                .param("id", id).param("owner", owner()).query(this::view).optional();
    }

    /** The current user's jobs of the last week, newest first. */
    public List<JobView> mine() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM background_job WHERE owner = :owner ORDER BY started_at DESC LIMIT 50")
                .param("owner", owner()).query(this::view).list();
    }

    /** The file a finished job of the current user made. */
    public Optional<JobOutcome> file(UUID id) {
        return jdbc.sql("""
                        SELECT file_name, content_type, content FROM background_job
                        WHERE id = :id AND owner = :owner AND status = 'DONE' AND content IS NOT NULL""")
                .param("id", id).param("owner", owner())
                .query((rs, n) -> JobOutcome.file(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** Results are kept for a week; a user who wants them later makes them again. */
    public int forgetOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM background_job WHERE status <> 'RUNNING' AND finished_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(age))).update();
    }

    private void run(UUID id, JobWork work, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            JobOutcome outcome = work.run(new RecordedProgress(id));
            jdbc.sql("""
                            UPDATE background_job SET status = 'DONE', done = coalesce(total, done), message = :message,
                                   link = coalesce(:link, link), file_name = :fileName, content_type = :contentType,
                                   content = :content, updated_at = :now, finished_at = :now
                            WHERE id = :id""")
                    .param("message", outcome.message()).param("link", outcome.link()).param("fileName", outcome.fileName())
                    .param("contentType", outcome.contentType()).param("content", outcome.content())
                    .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        } catch (RuleRefusal refusal) {
            fail(id, refusal.violations().stream().map(this::text).reduce((a, b) -> a + "；" + b).orElse(""));
        } catch (Exception | Error e) {
            log.error("Background job {} failed", id, e);
            fail(id, messages.getMessage("job.failed", null, locale));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private String text(RuleViolation violation) {
        return messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), LocaleContextHolder.getLocale());
    }

    private void fail(UUID id, String message) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        UPDATE background_job SET status = 'FAILED', message = :message, updated_at = :now, finished_at = :now
                        WHERE id = :id""")
                .param("message", message).param("now", now).param("id", id).update();
    }

    private String owner() {
        return Actors.current().orElseThrow(() -> new AccessDeniedException("signed-in users only")).username();
    }

    private JobView view(ResultSet rs, int row) throws SQLException {
        JobStatus status = JobStatus.valueOf(rs.getString("status"));
        String message = rs.getString("message");
        Instant updated = rs.getTimestamp("updated_at").toInstant();
        if (status == JobStatus.RUNNING && updated.isBefore(clock.instant().minus(SILENT_FOR))) {
            status = JobStatus.FAILED;
            message = messages.getMessage("job.interrupted", null, LocaleContextHolder.getLocale());
        }
        Timestamp finished = rs.getTimestamp("finished_at");
        return new JobView(rs.getObject("id", UUID.class), rs.getString("title"), status, rs.getLong("done"),
                rs.getObject("total", Long.class), rs.getString("phase"), message, rs.getString("link"),
                rs.getString("file_name"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    /**
     * Writes progress at most a few times a second: a job of 10,000 steps must not make 10,000 updates. Work done on
     * several threads (the search index) reports from each of them.
     */
    private final class RecordedProgress implements JobProgress {

        private static final long WRITE_EVERY_MILLIS = 250;
        /** As long as the column that keeps it. */
        private static final int PHASE_LENGTH = 300;

        private final UUID id;
        private long done;
        private String phase;
        private long lastWrite;

        RecordedProgress(UUID id) {
            this.id = id;
        }

        @Override
        public synchronized void total(long steps) {
            write("UPDATE background_job SET total = :total, updated_at = :now WHERE id = :id", "total", steps);
        }

        @Override
        public synchronized void advance() {
            done(done + 1);
        }

        @Override
        public synchronized void done(long steps) {
            done = steps;
            long now = System.currentTimeMillis();
            if (now - lastWrite >= WRITE_EVERY_MILLIS) {
                lastWrite = now;
                ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                                UPDATE background_job SET done = :done, phase = :phase, updated_at = :now WHERE id = :id""")
                        .param("done", done).param("phase", phase).param("now", Timestamp.from(clock.instant()))
                        .param("id", id).update());
            }
        }

        @Override
        public synchronized void phase(String label) {
            phase = label == null || label.length() <= PHASE_LENGTH ? label : label.substring(0, PHASE_LENGTH);
        }

        /** Outside the work's own transaction (often read-only), so that the page sees it at once. */
        private void write(String sql, String name, long value) {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(sql).param(name, value)
                    .param("now", Timestamp.from(clock.instant())).param("id", id).update());
        }
    }
}
