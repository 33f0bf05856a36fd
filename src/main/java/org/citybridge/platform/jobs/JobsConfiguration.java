package org.citybridge.platform.jobs;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Two background jobs at a time per instance; more wait their turn, shown at 0%. The pool is not an {@code Executor}
 * bean, which would make Spring Boot drop its own task executor.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    private static final Duration KEPT_FOR = Duration.ofDays(7);

    @Bean
    JobThreads jobThreads() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(200);
        executor.setThreadNamePrefix("job-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return new JobThreads(executor);
    }

    /** The pool the jobs run on, shut down with the application. */
    record JobThreads(ThreadPoolTaskExecutor executor) implements DisposableBean {

        @Override
        public void destroy() {
            executor.shutdown();
        }
    }

    @Bean
    JobCleanup jobCleanup(BackgroundJobs jobs) {
        return new JobCleanup(jobs);
    }

    static class JobCleanup {

        private final BackgroundJobs jobs;

        JobCleanup(BackgroundJobs jobs) {
            this.jobs = jobs;
        }

        @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT6H")
        @SchedulerLock(name = "background-job-cleanup", lockAtMostFor = "PT10M")
        void forgetOldResults() {
            jobs.forgetOlderThan(KEPT_FOR);
        }
    }
}
