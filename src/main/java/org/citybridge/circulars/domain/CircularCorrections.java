package org.citybridge.circulars.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.circulars.CircularDetails;
import org.citybridge.circulars.Change;
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
    private final CircularAccess access;
    private final CircularQueries queries;
    private final CircularDrafts drafts;
    private final CircularMails mails;
    private final CircularJson json;
    private final Dates dates;
    private final Clock clock;

    CircularCorrections(JdbcClient jdbc, CircularAccess access, CircularQueries queries, CircularDrafts drafts,
                        CircularMails mails, CircularJson json, Dates dates, Clock clock) {
        this.jdbc = jdbc;
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
    public void correct(long id, Correction correction, List<org.citybridge.platform.files.Upload> uploads) {
        Actor actor = access.requireSecretariat();
        CircularDetails before = issued(id);
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
                .map(org.citybridge.circulars.AttachmentView::name).toList();
        List<String> added = uploads == null ? List.of() : uploads.stream().filter(Objects::nonNull)
                .map(org.citybridge.platform.files.Upload::name).toList();
        if (!removed.isEmpty() || !added.isEmpty()) {
            changes.add(new Change("attachments", String.join("、", removed), String.join("、", added)));
        }
        if (changes.isEmpty()) {
            throw RuleViolation.of("circular.error.nothingChanged");
        }
        drafts.detach(id, correction.removedFiles());
        drafts.attach(id, uploads);
        int revision = before.revision() + 1;
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE circular SET title = :title, body_html = :body, deadline = :deadline, revision = :revision WHERE id = :id")
                .param("title", correction.title().strip()).param("body", body)
                .param("deadline", correction.deadline() == null ? null : Timestamp.from(correction.deadline()))
                .param("revision", revision).param("id", id).update();
        jdbc.sql("""
                        INSERT INTO circular_revision (circular_id, revision, kind, note, title, body_html, deadline, changes, changed_by, changed_at)
                        VALUES (:id, :revision, 'CORRECTED', :note, :title, :body, :deadline, :changes::jsonb, :by, :at)""")
                .param("id", id).param("revision", revision).param("note", correction.note().strip())
                .param("title", correction.title().strip()).param("body", body)
                .param("deadline", correction.deadline() == null ? null : Timestamp.from(correction.deadline()))
                .param("changes", json.write(changes)).param("by", actor.username()).param("at", now).update();
        mails.notify(id, allDeliveries(id), "corrected");
    }

    /** Withdraws an issued circular: it leaves the inboxes, a notice with the reason stays. */
    public void withdraw(long id, String reason) {
        Actor actor = access.requireSecretariat();
        CircularDetails before = issued(id);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "circular.error.reasonRequired");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE circular SET status = 'WITHDRAWN', withdrawn_by = :by, withdrawn_at = :at, withdraw_reason = :reason WHERE id = :id")
                .param("by", actor.username()).param("at", now).param("reason", reason.strip()).param("id", id).update();
        jdbc.sql("""
                        INSERT INTO circular_revision (circular_id, revision, kind, note, title, body_html, deadline, changed_by, changed_at)
                        VALUES (:id, :revision, 'WITHDRAWN', :note, :title, :body, :deadline, :by, :at)""")
                .param("id", id).param("revision", before.revision()).param("note", reason.strip())
                .param("title", before.title()).param("body", before.bodyHtml())
                .param("deadline", before.deadline() == null ? null : Timestamp.from(before.deadline()))
                .param("by", actor.username()).param("at", now).update();
        mails.notify(id, allDeliveries(id), "withdrawn");
    }

    private CircularDetails issued(long id) {
        jdbc.sql("SELECT id FROM circular WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new org.citybridge.shared.NotFoundException("circular.error.unknown", id));
        CircularDetails circular = queries.load(id);
        if (!circular.issued()) {
            throw RuleViolation.of("circular.error.notIssued");
        }
        return circular;
    }

    private List<Long> allDeliveries(long id) {
        return jdbc.sql("SELECT id FROM circular_delivery WHERE circular_id = :id").param("id", id).query(Long.class).list();
    }

    /** What a correction changes; the note tells the cities why. */
    public record Correction(String title, String bodyHtml, Instant deadline, String note, List<UUID> removedFiles) {
    }
}
