package org.citybridge.circulars.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What happens to one city's copy: the liaison opens it and answers the receipt; staff reopen a closed receipt. */
@Service
@Transactional
public class Deliveries {

    private final CircularStore store;
    private final CircularAccess access;
    private final CircularQueries queries;
    private final CircularJson json;
    private final DeliveryJournal journal;
    private final CircularMails mails;
    private final Clock clock;

    Deliveries(CircularStore store, CircularAccess access, CircularQueries queries, CircularJson json, DeliveryJournal journal,
               CircularMails mails, Clock clock) {
        this.store = store;
        this.access = access;
        this.queries = queries;
        this.json = json;
        this.journal = journal;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * A liaison of the city opens its copy: the first opening records when and by whom, every opening marks the
     * current correction as seen. Others looking at it change nothing.
     */
    public void open(long deliveryId) {
        CircularAccess.DeliveryScope scope = access.requireDelivery(deliveryId);
        Actor actor = Actors.currentOrSystem();
        if (actor.role() != Role.LIAISON || !CircularLifecycle.allows(scope.status(), DeliveryAction.OPEN)) {
            return;
        }
        if (store.markRead(deliveryId, actor.username(), clock.instant())) {
            journal.record(deliveryId, "READ", null, actor.username());
        }
        store.markSeen(deliveryId);
    }

    /** Submits or amends the city's receipt; every invalid answer is refused at once and nothing is saved. */
    public void submitReceipt(long deliveryId, ReceiptInput input) {
        submitReceipt(deliveryId, input, null);
    }

    /**
     * The same, refused when the receipt was saved by someone else after the form was opened.
     *
     * @param seen the save time the form was opened with ({@code Optional.empty()} for none yet); null not to check
     */
    public void submitReceipt(long deliveryId, ReceiptInput input, Optional<Instant> seen) {
        CircularAccess.DeliveryScope scope = access.requireDelivery(deliveryId);
        Actor actor = access.requireLiaison();
        Instant now = clock.instant();
        CircularStore.LockedReceipt locked = store.lockReceipt(deliveryId);
        Instant reopenedUntil = locked.reopenedUntil();
        if (seen != null && !sameMillis(seen.orElse(null), locked.repliedAt())) {
            throw RuleViolation.of("receipt.error.changedMeanwhile", locked.repliedBy());
        }
        CircularDetails circular = queries.load(scope.circularId());
        if (!circular.hasReceipt()) {
            throw RuleViolation.of("receipt.error.noForm");
        }
        CircularLifecycle.require(circular.status(), DeliveryAction.REPLY);
        if (!ReceiptWindow.isOpen(circular, reopenedUntil, now)) {
            throw RuleViolation.of("receipt.error.closed");
        }
        Map<String, Object> answers = ReceiptValidator.validate(circular.receiptForm(), input);
        boolean amended = locked.replied();
        store.saveReceipt(deliveryId, json.write(answers), actor.username(), now);
        journal.record(deliveryId, amended ? "AMENDED" : "REPLIED", null, actor.username());
    }

    private static boolean sameMillis(Instant a, Instant b) {
        return a == null ? b == null : b != null && a.toEpochMilli() == b.toEpochMilli();
    }

    /** Whether staff may reopen the delivery's receipt now: only once its deadline has passed; refused to others. */
    public boolean mayReopen(long deliveryId) {
        access.requireSecretariat();
        CircularAccess.DeliveryScope scope = access.requireDelivery(deliveryId);
        return ReceiptWindow.mayReopen(queries.load(scope.circularId()), clock.instant());
    }

    /**
     * Staff let one city submit or amend its receipt after the deadline, until the given time (which, being after
     * now, is after the deadline too: a reopening never shortens it).
     */
    public void reopen(long deliveryId, Instant until) {
        Actor actor = access.requireSecretariat();
        CircularAccess.DeliveryScope scope = access.requireDelivery(deliveryId);
        CircularDetails circular = queries.load(scope.circularId());
        CircularLifecycle.require(circular.status(), DeliveryAction.REOPEN);
        if (!circular.hasReceipt()) {
            throw RuleViolation.of("receipt.error.noForm");
        }
        Instant now = clock.instant();
        if (!ReceiptWindow.mayReopen(circular, now)) {
            throw RuleViolation.of("receipt.error.reopenBeforeDeadline");
        }
        if (until == null || !until.isAfter(now)) {
            throw new RuleViolation("until", "receipt.error.reopenPast");
        }
        store.reopen(deliveryId, until, actor.username());
        journal.record(deliveryId, "REOPENED", until.toString(), actor.username());
        mails.notify(scope.circularId(), List.of(deliveryId), CircularMailKind.REOPENED);
    }
}
