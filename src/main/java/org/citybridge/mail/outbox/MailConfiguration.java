package org.citybridge.mail.outbox;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * SMTP when Spring Boot configured a {@link JavaMailSender} (that is, {@code spring.mail.host} is set), the log
 * otherwise; and the dispatcher run every {@code citybridge.mail.dispatch-interval} unless
 * {@code citybridge.mail.scheduler-enabled=false}, on every instance: each message is sent by one of them (row locks,
 * {@link MailDispatcher}).
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    private final ObjectProvider<MailDispatcher> dispatcher;
    private final MailSettings settings;

    MailConfiguration(ObjectProvider<MailDispatcher> dispatcher, MailSettings settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Bean
    MailChannel mailChannel(ObjectProvider<JavaMailSender> sender, Clock clock) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("No SMTP server configured (spring.mail.host): mail is logged without its body and kept on the outbox page /admin/mail");
            return new LogChannel();
        }
        return new SmtpChannel(smtp, settings.from(), clock);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.schedulerEnabled()) {
            registrar.addFixedDelayTask(this::dispatch, settings.dispatchInterval());
        }
    }

    private void dispatch() {
        try {
            dispatcher.getObject().dispatchDue();
        } catch (RuntimeException e) {
            log.warn("Mail dispatch run failed: {}", e.toString());
        }
    }
}
