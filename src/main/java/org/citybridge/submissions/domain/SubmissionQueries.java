package org.citybridge.submissions.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.files.FileStore;
import org.citybridge.files.StoredFile;
import org.citybridge.platform.LikePatterns;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.CityScope.SqlCondition;
import org.citybridge.shared.CityScope;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.SubmissionFilter;
import org.citybridge.submissions.SubmissionNotices;
import org.citybridge.submissions.SubmissionStatus;
import org.citybridge.submissions.SubmissionSummary;
import org.citybridge.submissions.SubmissionView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads reports, always within the caller's scope; what is out of scope answers "not found". */
@Service
@Transactional(readOnly = true)
public class SubmissionQueries implements SubmissionNotices {

    private final SubmissionStore store;
    private final SubmissionAccess access;
    private final FileStore files;
    private final Clock clock;

    SubmissionQueries(SubmissionStore store, SubmissionAccess access, FileStore files, Clock clock) {
        this.store = store;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    public SubmissionView submission(long id) {
        return submission(access.requireReader(), id);
    }

    /** A report the actor, already checked, may see. */
    SubmissionView submission(Actor actor, long id) {
        return view(seen(actor, id));
    }

    /** A report as its form shows it for a change: its city's liaison only, while a draft or returned. */
    public SubmissionView forEditing(long id) {
        Actor actor = access.requireReader();
        SubmissionStore.Details d = seen(actor, id);
        access.requireOwnCity(actor, id, d.cityCode());
        SubmissionLifecycle.requireEditable(d.status());
        return view(d);
    }

    private SubmissionView view(SubmissionStore.Details d) {
        List<StoredFile> attachments = files.describeAll(store.attachments(d.id()));
        return new SubmissionView(d.id(), d.cityCode(), d.cityName(), d.provinceCode(), d.provinceName(), d.kind(),
                d.title(), d.bodyHtml(), d.status(), d.authorPersonId(), d.authorName(), d.createdBy(), d.createdAt(),
                d.updatedAt(), d.firstSubmittedAt(), d.submittedAt(), d.decidedAt(), d.columnId(), d.articleId(),
                attachments, store.history(d.id()));
    }

    /** The liaison's own city's reports, latest change first. */
    public List<SubmissionSummary> myCity() {
        Actor actor = access.requireLiaison();
        return store.list("s.city_code = :city", Map.of("city", actor.cityCode()), "s.updated_at DESC, s.id DESC", 500, 0);
    }

    @Override
    public Optional<List<SubmissionSummary>> forCurrentActor() {
        if (!(Actors.currentOrSystem().scope() instanceof CityScope.City city)) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("city", city.code());
        params.put("since", Timestamp.from(clock.instant().minus(Duration.ofDays(REJECTED_SHOWN_DAYS))));
        return Optional.of(store.list("s.city_code = :city AND (s.status = 'RETURNED' OR (s.status = 'REJECTED' AND s.decided_at >= :since))",
                params, "s.updated_at DESC, s.id DESC", 20, 0));
    }

    /** Reports whose title contains the text, as far as the caller sees them, the latest change first. */
    public List<SubmissionSummary> findByTitle(String text, int limit) {
        SqlCondition seen = access.seenWhere(access.requireQueueReader());
        Map<String, Object> params = new HashMap<>(seen.params());
        params.put("q", LikePatterns.containing(text));
        return store.list(seen.sql() + " AND s.title LIKE :q", params, "s.updated_at DESC, s.id DESC", limit, 0);
    }

    /**
     * The review queue and its filters, oldest submitted first, within the caller's scope.
     *
     * @throws RuleViolation on field {@code to} when the period ends before it starts
     */
    public PageOf<SubmissionSummary> search(SubmissionFilter filter, int page, int size) {
        Actor actor = access.requireQueueReader();
        if (reversed(filter.from(), filter.to())) {
            throw new RuleViolation("to", "submission.error.periodReversed");
        }
        if (reversed(filter.decidedFrom(), filter.decidedTo())) {
            throw new RuleViolation("decidedTo", "submission.error.periodReversed");
        }
        SqlCondition seen = access.seenWhere(actor);
        List<String> where = new ArrayList<>(List.of(seen.sql()));
        Map<String, Object> params = new HashMap<>(seen.params());
        if (filter.status() != null) {
            where.add("s.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.add("s.city_code = :city");
            params.put("city", filter.city().strip());
        }
        if (filter.province() != null && !filter.province().isBlank()) {
            where.add("s.province_code = :province");
            params.put("province", filter.province().strip());
        }
        if (filter.kind() != null) {
            where.add("s.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        ZoneId zone = clock.getZone();
        if (filter.from() != null) {
            where.add("s.submitted_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.add("s.submitted_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.decidedFrom() != null) {
            where.add("s.decided_at >= :decidedFrom");
            params.put("decidedFrom", Timestamp.from(filter.decidedFrom().atStartOfDay(zone).toInstant()));
        }
        if (filter.decidedTo() != null) {
            where.add("s.decided_at < :decidedTo");
            params.put("decidedTo", Timestamp.from(filter.decidedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String condition = String.join(" AND ", where);
        long total = store.count(condition, params);
        List<SubmissionSummary> items = store.list(condition, params, "s.submitted_at ASC NULLS LAST, s.id ASC", size,
                (long) page * size);
        return new PageOf<>(items, total, page, size);
    }

    private static boolean reversed(LocalDate from, LocalDate to) {
        return from != null && to != null && to.isBefore(from);
    }

    /** An attachment of a report the caller may see. */
    public StoredFile attachment(long id, UUID fileId) {
        seen(access.requireReader(), id);
        if (!store.attachments(id).contains(fileId)) {
            throw new NotFoundException("file.error.unknown", fileId);
        }
        return files.describe(fileId);
    }

    /** A report the caller may see; refused or 404 otherwise. */
    private SubmissionStore.Details seen(Actor actor, long id) {
        SubmissionStore.Details d = store.details(id).orElseThrow(() -> new NotFoundException("submission.error.unknown", id));
        access.requireSee(actor, id, d.cityCode(), d.provinceCode(), d.status());
        return d;
    }
}
