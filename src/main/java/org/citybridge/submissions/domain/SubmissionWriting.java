package org.citybridge.submissions.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.LiaisonContact;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.StoredFile;
import org.citybridge.files.Upload;
import org.citybridge.platform.html.RichText;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.SubmissionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A liaison writes its city's report: saves it as a draft, submits it, and after a return revises and submits it
 * again. Everything of one save (text, attachments, the log entry) is kept together or not at all.
 */
@Service
@Transactional
public class SubmissionWriting {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 200_000;

    private final SubmissionStore store;
    private final SubmissionAccess access;
    private final CityDirectory directory;
    private final FileStore files;
    private final SubmissionMedia pictures;
    private final Clock clock;

    SubmissionWriting(SubmissionStore store, SubmissionAccess access, CityDirectory directory, FileStore files,
                      SubmissionMedia pictures, Clock clock) {
        this.store = store;
        this.pictures = pictures;
        this.access = access;
        this.directory = directory;
        this.files = files;
        this.clock = clock;
    }

    /** A new report as its form starts: city news without a title or body yet; for a city's liaison. */
    @Transactional(readOnly = true)
    public ReportInput newReport() {
        access.requireLiaison();
        return new ReportInput("", SubmissionKind.CITY_NEWS, "");
    }

    /**
     * Checks a new report of the liaison's city, once: every problem of its fields at once, or what {@link
     * #create(Checked, List)} writes; submitted at once when {@code submit}.
     */
    @Transactional(readOnly = true)
    public Checked check(ReportInput input, boolean submit) {
        Actor actor = access.requireLiaison();
        CityRef city = directory.cityRefs(List.of(actor.cityCode())).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("roster.error.unknownCity", actor.cityCode()));
        List<RuleViolation> problems = new ArrayList<>();
        String body = content(input, submit, problems);
        return new Checked(actor, city, input, body, submit, problems);
    }

    /** Checks and writes a new report at once, as the API does; answers its id. */
    public long create(ReportInput input, boolean submit, List<Upload> attachments) {
        return create(check(input, submit), attachments);
    }

    /** Writes a checked report of the liaison's city, and submits it when asked to; answers its id. */
    public long create(Checked checked, List<Upload> attachments) {
        RuleViolations.throwIfAny(checked.problems);
        Actor actor = checked.actor;
        CityRef city = checked.city;
        ReportInput input = checked.input;
        Instant now = clock.instant();
        long id = store.insert(city, input.kind(), input.title().strip(), checked.body, actor.personId(), authorName(actor),
                actor.username(), now);
        pictures.keep(id, city.code(), checked.body);
        store.insertEvent(id, ReviewAction.CREATE, null, SubmissionStatus.DRAFT, null, actor.username(), now, null);
        attach(id, attachments);
        if (checked.submit) {
            submit(id, SubmissionStatus.DRAFT, actor, now);
        }
        return id;
    }

    /**
     * A new report as {@link #check} found it: its problems, or what to write. Only {@code check} makes one, for a
     * city's liaison, so {@link #create(Checked, List)} writes it without checking again.
     */
    public static final class Checked {

        private final Actor actor;
        private final CityRef city;
        private final ReportInput input;
        private final String body;
        private final boolean submit;
        private final List<RuleViolation> problems;

        private Checked(Actor actor, CityRef city, ReportInput input, String body, boolean submit, List<RuleViolation> problems) {
            this.actor = actor;
            this.city = city;
            this.input = input;
            this.body = body;
            this.submit = submit;
            this.problems = List.copyOf(problems);
        }
    }

    /**
     * Deletes a draft of the liaison's own city, with its log and attachment links, and the files (attachments and
     * pictures) nothing else uses any more; a submitted report is kept.
     */
    public void deleteDraft(long id) {
        Actor actor = access.requireReader();
        SubmissionStore.Row row = store.row(id, true).orElseThrow(() -> new NotFoundException("submission.error.unknown", id));
        access.requireSee(actor, id, row.cityCode(), row.provinceCode(), row.status());
        access.requireOwnCity(actor, id, row.cityCode());
        if (row.status() != SubmissionStatus.DRAFT) {
            throw new RuleViolation(null, "submission.error.onlyDraftsDeleted");
        }
        List<UUID> attachments = store.attachments(id);
        List<UUID> shown = pictures.of(id);
        store.delete(id);
        List<UUID> unused = new ArrayList<>(attachments);
        unused.addAll(pictures.forgetUnused(shown));
        files.deleteUnused(unused);
    }

    /** Changes a draft or a returned report; submits it (again) when {@code submit}. */
    public SubmissionStatus revise(long id, ReportInput input, boolean submit, List<Upload> attachments) {
        Actor actor = access.requireReader();
        SubmissionStore.Row row = store.row(id, true).orElseThrow(() -> new NotFoundException("submission.error.unknown", id));
        access.requireSee(actor, id, row.cityCode(), row.provinceCode(), row.status());
        access.requireOwnCity(actor, id, row.cityCode());
        SubmissionLifecycle.requireEditable(row.status());
        List<RuleViolation> problems = new ArrayList<>();
        String body = content(input, submit, problems);
        RuleViolations.throwIfAny(problems);
        Instant now = clock.instant();
        store.updateContent(id, input.kind(), input.title().strip(), body, now);
        pictures.keep(id, row.cityCode(), body);
        attach(id, attachments);
        if (submit) {
            return submit(id, row.status(), actor, now);
        }
        return row.status();
    }

    /** Submits a draft or returned report as it is. */
    public SubmissionStatus submit(long id) {
        Actor actor = access.requireReader();
        SubmissionStore.Row row = store.row(id, true).orElseThrow(() -> new NotFoundException("submission.error.unknown", id));
        access.requireSee(actor, id, row.cityCode(), row.provinceCode(), row.status());
        access.requireOwnCity(actor, id, row.cityCode());
        if (hasNoBody(row.bodyHtml())) {
            throw new RuleViolation("bodyHtml", "submission.error.bodyRequired");
        }
        return submit(id, row.status(), actor, clock.instant());
    }

    private SubmissionStatus submit(long id, SubmissionStatus from, Actor actor, Instant now) {
        SubmissionStatus to = SubmissionLifecycle.next(from, ReviewAction.SUBMIT, null);
        store.submitted(id, now);
        store.insertEvent(id, ReviewAction.SUBMIT, from, to, null, actor.username(), now, null);
        return to;
    }

    /** Checks every field at once, adding what is wrong to {@code problems}, and answers the sanitized body; a draft may have no body yet. */
    private static String content(ReportInput input, boolean submit, List<RuleViolation> problems) {
        if (input.title() == null || input.title().isBlank()) {
            problems.add(new RuleViolation("title", "submission.error.titleRequired"));
        } else if (input.title().strip().length() > MAX_TITLE) {
            problems.add(new RuleViolation("title", "submission.error.tooLong", MAX_TITLE));
        }
        if (input.kind() == null) {
            problems.add(new RuleViolation("kind", "submission.error.kindRequired"));
        }
        String body = RichText.sanitize(input.bodyHtml());
        if (input.bodyHtml() != null && input.bodyHtml().length() > MAX_BODY) {
            problems.add(new RuleViolation("bodyHtml", "submission.error.tooLong", MAX_BODY));
        } else if (submit && hasNoBody(body)) {
            problems.add(new RuleViolation("bodyHtml", "submission.error.bodyRequired"));
        }
        return body;
    }

    private void attach(long id, List<Upload> attachments) {
        for (Upload upload : attachments == null ? List.<Upload>of() : attachments) {
            StoredFile file = files.store(upload, FilePolicy.DOCUMENTS, "attachments");
            store.insertAttachment(id, file.id());
        }
    }

    private String authorName(Actor actor) {
        if (actor.personId() != null) {
            for (LiaisonContact liaison : directory.activeLiaisons(List.of(actor.cityCode()))) {
                if (actor.personId().equals(liaison.personId())) {
                    return liaison.name();
                }
            }
        }
        return actor.username();
    }

    /** No text and no picture: nothing to submit. */
    private static boolean hasNoBody(String html) {
        return RichText.plainText(html).isEmpty() && !html.contains("<img");
    }
}
