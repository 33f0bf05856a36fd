package org.citybridge.circulars.domain;

import java.io.Serializable;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.LiaisonContact;
import org.citybridge.directory.TargetResolver;
import org.citybridge.directory.Targets;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a circular: one delivery per targeted city, addressed to the city's liaisons of the day, and their mail, all
 * in one transaction.
 */
@Service
@Transactional
public class CircularIssuing {

    private final CircularStore store;
    private final CircularAccess access;
    private final CircularDrafts drafts;
    private final CircularQueries queries;
    private final TargetResolver targets;
    private final CityDirectory directory;
    private final CircularMails mails;
    private final Clock clock;

    CircularIssuing(CircularStore store, CircularAccess access, CircularDrafts drafts,
                    CircularQueries queries, TargetResolver targets, CityDirectory directory, CircularMails mails,
                    Clock clock) {
        this.store = store;
        this.access = access;
        this.drafts = drafts;
        this.queries = queries;
        this.targets = targets;
        this.directory = directory;
        this.mails = mails;
        this.clock = clock;
    }

    /** Writes and issues at once, as the API does. */
    public IssueResult issueNew(CircularDraft draft, List<Upload> uploads) {
        return issueNew(draft, uploads, null).result();
    }

    /**
     * Writes and issues at once a circular whose cities reply on another module's page instead of a receipt form (an
     * event's registration); that module records each city's reply ({@link OutsideReplies}).
     *
     * @param replyLink the page's path, e.g. {@code /admin/events/12/delegation}
     * @return the issue, with the codes of the cities reached
     */
    public Issued issueReplyingAt(CircularDraft draft, String replyLink) {
        if (draft.receiptForm() != null || replyLink == null || !replyLink.startsWith("/")) {
            throw new IllegalArgumentException("a circular replied to on a page of the application has no receipt form");
        }
        return issueNew(draft, List.of(), replyLink);
    }

    private Issued issueNew(CircularDraft draft, List<Upload> uploads, String replyLink) {
        Actor actor = access.requireSecretariat();
        int year = drafts.check(draft, null, true);
        List<CityRef> cities = targets.resolve(draft.targets());
        long id = drafts.insert(draft, year, uploads, replyLink, actor);
        CircularLifecycle.next(CircularStatus.DRAFT, CircularAction.ISSUE);
        return new Issued(deliver(id, cities, actor), cities.stream().map(CityRef::code).toList());
    }

    public IssueResult issue(long id) {
        Actor actor = access.requireSecretariat();
        CircularStore.LockedCircular circular = store.lockWithContent(id);
        CircularLifecycle.next(circular.status(), CircularAction.ISSUE);
        drafts.check(circular.content(), id, true);
        return deliver(id, targets.resolve(circular.content().targets()), actor);
    }

    /** The circular with how many cities it reaches today, for the step that confirms its issue (none unless a draft). */
    @Transactional(readOnly = true)
    public IssuePreview preview(long id) {
        access.requireSecretariat();
        CircularDetails circular = queries.load(id);
        return new IssuePreview(circular, circular.draft() ? targets.resolve(circular.targets()).size() : 0);
    }

    /** The cities a set of targets reaches today, by province and name, for the list shown before issuing. */
    @Transactional(readOnly = true)
    public List<CityRef> reach(Targets chosen) {
        access.requireSecretariat();
        return targets.resolve(chosen).stream()
                .sorted(Comparator.comparing(CityRef::provinceCode).thenComparing(CityRef::code)).toList();
    }

    /** One copy per city, addressed to the city's liaisons of the day, the circular marked issued, and their mail. */
    private IssueResult deliver(long id, List<CityRef> cities, Actor actor) {
        Map<String, Long> deliveries = store.insertDeliveries(id, cities);
        List<LiaisonContact> liaisons = directory.activeLiaisons(deliveries.keySet());
        store.insertRecipients(liaisons, deliveries);
        store.markIssued(id, actor.username(), clock.instant());
        int mailed = mails.notify(id, List.copyOf(deliveries.values()), CircularMailKind.ISSUED);
        long withoutLiaison = deliveries.keySet().stream()
                .filter(code -> liaisons.stream().noneMatch(l -> l.cityCode().equals(code))).count();
        return new IssueResult(id, deliveries.size(), liaisons.size(), mailed, withoutLiaison);
    }

    /** A circular about to be issued, and how many cities it would go to now. */
    public record IssuePreview(CircularDetails circular, int cities) {
    }

    /** An issue and the codes of the cities it reached, in the order they were resolved. */
    public record Issued(IssueResult result, List<String> cityCodes) {
    }

    /**
     * @param withoutLiaison targeted cities that have no liaison today: they see it when one is appointed, but nobody was mailed
     */
    public record IssueResult(long circularId, int cities, int liaisons, int mailed, long withoutLiaison)
            implements Serializable {
    }
}
