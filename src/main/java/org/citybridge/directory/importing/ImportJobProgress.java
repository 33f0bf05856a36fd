package org.citybridge.directory.importing;

import java.util.Locale;

import org.citybridge.platform.jobs.JobProgress;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * An import's progress told to its background job: its share done in hundredths, reading counting as the first 5,
 * checking up to 50 (to 100 for a preview, which writes nothing), writing the rest; and its phase and row as the
 * import page says them ("正在检查第 120 / 3000 行……").
 */
final class ImportJobProgress implements ImportProgress {

    private static final int WHOLE = 100;

    private final JobProgress job;
    private final ImportMode mode;
    private final MessageSource messages;

    ImportJobProgress(JobProgress job, ImportMode mode, MessageSource messages) {
        this.job = job;
        this.mode = mode;
        this.messages = messages;
        job.total(WHOLE);
    }

    @Override
    public void reached(ImportPhase phase, int done, int total) {
        job.phase(label(phase, done, total));
        job.done(percent(mode, phase, done, total));
    }

    static int percent(ImportMode mode, ImportPhase phase, int done, int total) {
        double share = total == 0 ? 0 : (double) done / total;
        return switch (phase) {
            case READING -> 0;
            case CHECKING -> 5 + (int) (share * (mode == ImportMode.PREVIEW ? 95 : 45));
            case WRITING -> 50 + (int) (share * 50);
        };
    }

    private String label(ImportPhase phase, int done, int total) {
        Locale locale = LocaleContextHolder.getLocale();
        return total == 0 ? messages.getMessage("import.phase." + phase.name(), null, locale)
                : messages.getMessage("import.phase." + phase.name() + ".rows", new Object[]{done, total}, locale);
    }
}
