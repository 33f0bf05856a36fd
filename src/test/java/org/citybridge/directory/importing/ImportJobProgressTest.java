package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citybridge.platform.jobs.JobProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An import tells its job how far it is in hundredths, its phases weighed, and what it is doing as its page says it. */
class ImportJobProgressTest {

    private final Recorded job = new Recorded();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void checkingAndWritingAreWeighedAndNamedWithTheirRows() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ImportJobProgress progress = new ImportJobProgress(job, ImportMode.VALID_ONLY, messages());

        progress.reached(ImportPhase.READING, 0, 0);
        progress.reached(ImportPhase.CHECKING, 1_500, 3_000);
        progress.reached(ImportPhase.WRITING, 1_500, 3_000);

        assertThat(job.total).isEqualTo(100);
        assertThat(job.done).containsExactly(0L, 27L, 75L);
        assertThat(job.phases).containsExactly("正在读取文件……", "正在检查第 1,500 / 3,000 行……", "正在写入第 1,500 / 3,000 行……");
    }

    @Test
    void aPreviewIsAllCheckingAndSpeaksTheUsersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ImportJobProgress progress = new ImportJobProgress(job, ImportMode.PREVIEW, messages());

        progress.reached(ImportPhase.CHECKING, 3_000, 3_000);

        assertThat(job.done).containsExactly(100L);
        assertThat(job.phases).containsExactly("Checking row 3,000 of 3,000…");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages_import");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static final class Recorded implements JobProgress {
        long total;
        final List<Long> done = new ArrayList<>();
        final List<String> phases = new ArrayList<>();

        @Override
        public void total(long steps) {
            total = steps;
        }

        @Override
        public void advance() {
        }

        @Override
        public void done(long steps) {
            done.add(steps);
        }

        @Override
        public void phase(String label) {
            phases.add(label);
        }
    }
}
