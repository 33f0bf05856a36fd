package org.citybridge.mail.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox. Each message is claimed, delivered and marked in its own short transaction that
 * holds the message's row lock ({@code FOR UPDATE SKIP LOCKED}) while it is sent: several dispatchers (threads or
 * instances on one database) never send the same message, and a crash between sending and marking leaves just that
 * one message pending, to be sent again. A failed attempt is retried with exponential backoff; after
 * {@link MailSettings#maxAttempts()} attempts the message is FAILED until an administrator retries it.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxStore store;
    private final MailChannel channel;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MailSettings settings;

    MailDispatcher(OutboxStore store, MailChannel channel, PlatformTransactionManager transactionManager, Clock clock,
                   MailSettings settings) {
        this.store = store;
        this.channel = channel;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.settings = settings;
    }

    /** What one run did. {@code interrupted}: the database failed mid-run; the message in hand stays pending. */
    public record DispatchRun(int delivered, int failed, boolean interrupted) {
    }

    private enum Outcome { NOTHING_DUE, DELIVERED, FAILED, UNREACHABLE }

    /**
     * Delivers due messages one by one until none is due, the SMTP server cannot be reached, or
     * {@link MailSettings#batchSize()} messages were handled. Called by the scheduler; tests call it directly.
     */
    public DispatchRun dispatchDue() {
        int delivered = 0;
        int failed = 0;
        try (MailChannel.Connection connection = channel.open()) {
            while (delivered + failed < settings.batchSize() && !Thread.currentThread().isInterrupted()) {
                Outcome outcome;
                try {
                    outcome = transactions.execute(status -> dispatchOne(connection));
                } catch (RuntimeException e) {
                    log.warn("Mail dispatch interrupted by {}; the message in hand stays pending and will be sent again", e.toString());
                    return new DispatchRun(delivered, failed, true);
                }
                if (outcome == Outcome.NOTHING_DUE) {
                    break;
                }
                if (outcome == Outcome.DELIVERED) {
                    delivered++;
                } else {
                    failed++;
                    if (outcome == Outcome.UNREACHABLE) {
                        break;
                    }
                }
            }
        }
        return new DispatchRun(delivered, failed, false);
    }

    private Outcome dispatchOne(MailChannel.Connection connection) {
        Instant now = clock.instant();
        Optional<OutboxMessage> claimed = store.claimNextDue(now);
        if (claimed.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        OutboxMessage message = claimed.get();
        MailStatus reached;
        try {
            reached = connection.deliver(message);
        } catch (DeliveryFailure failure) {
            return recordFailure(message, failure, now);
        } catch (RuntimeException e) {
            return recordFailure(message, new DeliveryFailure(e.toString(), e, false, false), now);
        }
        store.markDelivered(message.id(), reached, clock.instant());
        return Outcome.DELIVERED;
    }

    private Outcome recordFailure(OutboxMessage message, DeliveryFailure failure, Instant now) {
        int attempts = message.attempts() + 1;
        boolean giveUp = failure.permanent() || attempts >= settings.maxAttempts();
        Instant next = giveUp ? null : now.plus(settings.backoffAfter(attempts));
        store.recordFailure(message.id(), attempts, failure.getMessage(), next, now);
        if (giveUp) {
            log.warn("Mail #{} [{}] FAILED after {} attempt(s), waits for an administrator: {}", message.id(), message.topic(),
                    attempts, failure.getMessage());
        } else {
            log.warn("Mail #{} [{}] attempt {} failed, next at {}: {}", message.id(), message.topic(), attempts, next,
                    failure.getMessage());
        }
        return failure.unreachable() ? Outcome.UNREACHABLE : Outcome.FAILED;
    }
}
