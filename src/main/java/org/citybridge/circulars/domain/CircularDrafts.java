package org.citybridge.circulars.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.Upload;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.html.RichText;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff write, revise and discard circulars before they are issued. */
@Service
@Transactional
public class CircularDrafts {

    static final int MAX_ATTACHMENTS = 20;

    private final JdbcClient jdbc;
    private final CircularStore store;
    private final CircularAccess access;
    private final CircularJson json;
    private final FileStore files;
    private final Clock clock;
    private final CityBridgeProperties properties;

    CircularDrafts(JdbcClient jdbc, CircularStore store, CircularAccess access, CircularJson json, FileStore files, Clock clock,
                   CityBridgeProperties properties) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.json = json;
        this.files = files;
        this.clock = clock;
        this.properties = properties;
    }

    /** Only the secretariat writes circulars: checked before a new draft's form is shown or its files are kept. */
    public void requireMayDraft() {
        access.requireSecretariat();
    }

    public long create(CircularDraft draft, List<Upload> uploads) {
        Actor actor = access.requireSecretariat();
        return insert(draft, check(draft, null, false), uploads, null, actor);
    }

    /**
     * Saves a draft already checked, its number unique within {@code year}; answers its id.
     *
     * @param replyLink where its cities reply instead of a receipt form (another module's page), or null
     */
    long insert(CircularDraft draft, int year, List<Upload> uploads, String replyLink, Actor author) {
        long id = uniqueNumber(draft, year, () -> store.insertDraft(draft, year, RichText.sanitize(draft.bodyHtml()),
                json.write(draft.targets()), json.write(draft.receiptForm()), replyLink, author.username(), clock.instant()));
        attach(id, uploads);
        return id;
    }

    public void update(long id, CircularDraft draft, List<Upload> uploads, List<UUID> removed) {
        access.requireSecretariat();
        CircularLifecycle.next(store.lockStatus(id), CircularAction.EDIT);
        int year = check(draft, id, false);
        uniqueNumber(draft, year, () -> (long) jdbc.sql("""
                        UPDATE circular SET doc_number = :number, doc_year = :year, title = :title, urgency = :urgency,
                               body_html = :body, targets = :targets::jsonb, receipt_form = :form::jsonb, deadline = :deadline
                        WHERE id = :id""")
                .param("number", draft.docNumber().strip()).param("year", year).param("title", draft.title().strip())
                .param("urgency", draft.urgency().name()).param("body", RichText.sanitize(draft.bodyHtml()))
                .param("targets", json.write(draft.targets())).param("form", json.write(draft.receiptForm()))
                .param("deadline", timestamp(draft)).param("id", id)
                .update());
        detach(id, removed);
        attach(id, uploads);
    }

    public void discard(long id) {
        access.requireSecretariat();
        CircularLifecycle.next(store.lockStatus(id), CircularAction.DISCARD);
        store.delete(id);
    }

    /** Checks the draft and its number; answers the year the number is unique in. */
    int check(CircularDraft draft, Long id, boolean issuing) {
        List<RuleViolation> problems = new ArrayList<>(DraftRules.check(draft, clock.instant(), issuing));
        int year = DraftRules.yearOf(draft.docNumber(), clock.instant(), properties.timeZone());
        if (draft.docNumber() != null && !draft.docNumber().isBlank() && numberTaken(draft.docNumber().strip(), year, id)) {
            problems.add(new RuleViolation("docNumber", "circular.error.docNumberTaken", draft.docNumber().strip(), String.valueOf(year)));
        }
        RuleViolations.throwIfAny(problems);
        return year;
    }

    /** Runs the write; a number taken meanwhile by another draft is refused like one taken before. */
    private long uniqueNumber(CircularDraft draft, int year, LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("docNumber", "circular.error.docNumberTaken", draft.docNumber().strip(), String.valueOf(year));
        }
    }

    /** Attaches new files, or files the current user holds from an earlier try of the form. */
    void attach(long id, List<Upload> uploads) {
        List<Upload> given = uploads == null ? List.of() : uploads.stream().filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            return;
        }
        int position = jdbc.sql("SELECT coalesce(max(position), 0) FROM circular_attachment WHERE circular_id = :id")
                .param("id", id).query(Integer.class).single();
        int count = jdbc.sql("SELECT count(*) FROM circular_attachment WHERE circular_id = :id").param("id", id)
                .query(Integer.class).single();
        if (count + given.size() > MAX_ATTACHMENTS) {
            throw new RuleViolation("attachments", "circular.error.tooManyAttachments", MAX_ATTACHMENTS);
        }
        for (Upload upload : given) {
            UUID file = files.store(upload, FilePolicy.DOCUMENTS, "attachments").id();
            jdbc.sql("INSERT INTO circular_attachment (circular_id, file_id, position) VALUES (:id, :file, :position)")
                    .param("id", id).param("file", file).param("position", ++position).update();
        }
    }

    void detach(long id, List<UUID> removed) {
        if (removed != null && !removed.isEmpty()) {
            jdbc.sql("DELETE FROM circular_attachment WHERE circular_id = :id AND file_id IN (:files)")
                    .param("id", id).param("files", removed).update();
        }
    }

    /** Another circular of the year holds the number; a withdrawn one has given it up for its replacement. */
    private boolean numberTaken(String number, int year, Long id) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM circular WHERE doc_year = :year AND doc_number = :number AND id <> :id
                                                              AND status <> :withdrawn)""")
                .param("year", year).param("withdrawn", CircularStatus.WITHDRAWN.name()).param("number", number).param("id", id == null ? -1L : id)
                .query(Boolean.class).single();
    }

    private static Timestamp timestamp(CircularDraft draft) {
        return draft.deadline() == null ? null : Timestamp.from(draft.deadline());
    }
}
