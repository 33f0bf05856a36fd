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
import org.citybridge.platform.files.Upload;
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
    private final CircularJson json;
    private final Clock clock;

    CircularIssuing(CircularStore store, CircularAccess access, CircularDrafts drafts,
                    CircularQueries queries, TargetResolver targets, CityDirectory directory, CircularMails mails,
                    CircularJson json, Clock clock) {
        this.store = store;
        this.access = access;
        this.drafts = drafts;
        this.queries = queries;
        this.targets = targets;
        this.directory = directory;
        this.mails = mails;
        this.json = json;
        this.clock = clock;
    }

    /** Writes and issues at once, as the API does. */
    public IssueResult issueNew(CircularDraft draft, List<Upload> uploads) {
        access.requireSecretariat();
        drafts.check(draft, null, true);
        targets.resolve(draft.targets());
        long id = drafts.create(draft, uploads);
        return issue(id);
    }

    public IssueResult issue(long id) {
        Actor actor = access.requireSecretariat();
        CircularLifecycle.next(store.lockStatus(id), CircularAction.ISSUE);
        var circular = queries.load(id);
        drafts.check(new CircularDraft(circular.docNumber(), circular.title(), circular.urgency(), circular.bodyHtml(),
                circular.targets(), circular.receiptForm(), circular.deadline()), id, true);
        List<CityRef> cities = targets.resolve(circular.targets());
        Map<String, Long> deliveries = store.insertDeliveries(id, cities);
        List<LiaisonContact> liaisons = directory.activeLiaisons(deliveries.keySet());
        store.insertRecipients(liaisons, deliveries);
        store.markIssued(id, actor.username(), clock.instant());
        int mailed = mails.notify(id, List.copyOf(deliveries.values()), CircularMailKind.ISSUED);
        long withoutLiaison = deliveries.keySet().stream()
                .filter(code -> liaisons.stream().noneMatch(l -> l.cityCode().equals(code))).count();
        return new IssueResult(id, deliveries.size(), liaisons.size(), mailed, withoutLiaison);
    }

    /** How many cities a set of targets reaches today, for the preview before issuing. */
    @Transactional(readOnly = true)
    public int preview(Targets chosen) {
        return reach(chosen).size();
    }

    /** The cities a set of targets reaches today, by province and name, for the list shown before issuing. */
    @Transactional(readOnly = true)
    public List<CityRef> reach(Targets chosen) {
        access.requireSecretariat();
        return targets.resolve(chosen).stream()
                .sorted(Comparator.comparing(CityRef::provinceCode).thenComparing(CityRef::code)).toList();
    }

    /**
     * @param withoutLiaison targeted cities that have no liaison today: they see it when one is appointed, but nobody was mailed
     */
    public record IssueResult(long circularId, int cities, int liaisons, int mailed, long withoutLiaison)
            implements Serializable {
    }
}
