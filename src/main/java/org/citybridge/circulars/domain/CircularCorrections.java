package org.citybridge.circulars.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.citybridge.files.AttachmentView;
import org.citybridge.files.Upload;
import org.citybridge.platform.Dates;
import org.citybridge.platform.html.RichText;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrections (更正) and withdrawal (撤回) of an issued circular; each is kept in its history and mailed to the cities. */
@Service
@Transactional
public class CircularCorrections {

    private final JdbcClient jdbc;
    private final CircularStore store;
    private final CircularAccess access;
    private final CircularQueries queries;
    private final CircularDrafts drafts;
    private final CircularMails mails;
    private final CircularJson json;
    private final Dates dates;
    private final Clock clock;

    CircularCorrections(JdbcClient jdbc, CircularStore store, CircularAccess access, CircularQueries queries, CircularDrafts drafts,
                        CircularMails mails, CircularJson json, Dates dates, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.queries = queries;
        this.drafts = drafts;
        this.mails = mails;
        this.json = json;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Corrects the title, body, deadline or attachments of an issued circular; the note says why. Answers already
     * given are kept.
     */
    public void correct(long id, Correction correction, List<Upload> uploads) {
        Actor actor = access.requireSecretariat();
        CircularDetails before = locked(id, CircularAction.CORRECT);
        List<RuleViolation> problems = new ArrayList<>();
        if (correction.note() == null || correction.note().isBlank()) {
            problems.add(new RuleViolation("note", "circular.error.noteRequired"));
        }
        CircularDraft draft = new CircularDraft(before.docNumber(), correction.title(), before.urgency(),
                correction.bodyHtml(), before.targets(), before.receiptForm(), correction.deadline());
        problems.addAll(DraftRules.check(draft, clock.instant(), false));
        if (correction.deadline() != null && !Objects.equals(correction.deadline(), before.deadline())
                && !correction.deadline().isAfter(clock.instant())) {
            problems.add(new RuleViolation("deadline", "circular.error.deadlinePast"));
        }
        RuleViolations.throwIfAny(problems);
        String body = RichText.sanitize(correction.bodyHtml());
        List<Change> changes = new ArrayList<>();
        if (!before.title().equals(correction.title().strip())) {
            changes.add(new Change("title", before.title(), correction.title().strip()));
        }
        if (!before.bodyHtml().equals(body)) {
            changes.add(new Change("body", RichText.plainText(before.bodyHtml()), RichText.plainText(body)));
        }
        if (!Objects.equals(before.deadline(), correction.deadline())) {
            changes.add(new Change("deadline", dates.format(before.deadline()), dates.format(correction.deadline())));
        }
        List<String> removed = before.attachments().stream()
                .filter(a -> correction.removedFiles() != null && correction.removedFiles().contains(a.fileId()))
                .map(AttachmentView::name).toList();
        List<String> added = uploads == null ? List.of() : uploads.stream().filter(Objects::nonNull)
                .map(Upload::name).toList();
        if (!removed.isEmpty() || !added.isEmpty()) {
            changes.add(new Change("attachments", String.join("、", removed), String.join("、", added)));
        }
        if (changes.isEmpty()) {
            throw RuleViolation.of("circular.error.nothingChanged");
        }
        drafts.detach(id, correction.removedFiles());
        drafts.attach(id, uploads);
        store.correct(id, before.revision() + 1, correction.title().strip(), body, correction.deadline(),
                correction.note().strip(), json.write(changes), actor.username(), clock.instant());
        mails.notify(id, allDeliveries(id), CircularMailKind.CORRECTED);
    }

    /**
     * Moves the deadline of a circular in force as a correction (a revision with the note, the cities mailed, replies
     * kept), its text rewritten by {@code body} for the new deadline; for another module whose page owns the
     * deadline. Answers false, changing nothing, when the circular is withdrawn or already has that deadline.
     */
    public boolean moveDeadline(long id, Instant deadline, String note, UnaryOperator<String> body) {
        access.requireSecretariat();
        if (!CircularLifecycle.legalActions(store.lockStatus(id)).contains(CircularAction.CORRECT)) {
            return false;
        }
        CircularDetails before = queries.load(id);
        if (deadline.equals(before.deadline())) {
            return false;
        }
        correct(id, new Correction(before.title(), body.apply(before.bodyHtml()), deadline, note, List.of()), List.of());
        return true;
    }

    /** Withdraws an issued circular: it leaves the inboxes, a notice with the reason stays. */
    public void withdraw(long id, String reason) {
        Actor actor = access.requireSecretariat();
        CircularDetails before = locked(id, CircularAction.WITHDRAW);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "circular.error.reasonRequired");
        }
        store.markWithdrawn(id, before.revision(), before.title(), before.bodyHtml(), before.deadline(), reason.strip(),
                actor.username(), clock.instant());
        mails.notify(id, allDeliveries(id), CircularMailKind.WITHDRAWN);
    }

    /** The circular, locked, once the lifecycle allows the action in its state. */
    private CircularDetails locked(long id, CircularAction action) {
        CircularLifecycle.next(store.lockStatus(id), action);
        return queries.load(id);
    }

    private List<Long> allDeliveries(long id) {
        return jdbc.sql("SELECT id FROM circular_delivery WHERE circular_id = :id").param("id", id).query(Long.class).list();
    }

    /** What a correction changes; the note tells the cities why. */
    public record Correction(String title, String bodyHtml, Instant deadline, String note, List<UUID> removedFiles) {
    }
}
