package org.citybridge.submissions.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ColumnView;
import org.citybridge.portal.PortalApi;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.SubmissionStatus;
import org.citybridge.submissions.SubmissionView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's review of a submitted report: return it with an opinion, reject it with an opinion, or adopt it and
 * publish it into a portal column in the same transaction (the article's id is kept on the report). Each step is
 * logged with who, when and the opinion; a return or a rejection is mailed to the city's liaisons through the outbox.
 */
@Service
@Transactional
public class SubmissionReview {

    /** The portal column an adopted report is proposed for. */
    private static final String DEFAULT_COLUMN = "liaison-work";

    private final SubmissionStore store;
    private final SubmissionAccess access;
    private final SubmissionQueries queries;
    private final PortalApi portal;
    private final CityDirectory directory;
    private final SubmissionMail mail;
    private final Clock clock;

    SubmissionReview(SubmissionStore store, SubmissionAccess access, SubmissionQueries queries, PortalApi portal,
                     CityDirectory directory, SubmissionMail mail, Clock clock) {
        this.store = store;
        this.access = access;
        this.queries = queries;
        this.portal = portal;
        this.directory = directory;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Answers the status after the action; {@code adoption} is needed only to adopt. A report the caller may not see
     * is unknown to it; one it sees but may not review is refused.
     */
    public SubmissionStatus review(long id, ReviewAction action, String opinion, Adoption adoption) {
        Actor actor = access.requireReader();
        SubmissionStore.Row row = lockSeen(actor, id);
        if (action == null || action.party() != ReviewAction.Party.SECRETARIAT) {
            throw new RuleViolation("action", "submission.error.unknownAction");
        }
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException("only the secretariat reviews");
        }
        return decide(actor, row, action, opinion, adoption);
    }

    /** Adopts a report as the adoption form edited it; the form is the secretariat's, refused to anyone else. */
    public SubmissionStatus adopt(long id, Adoption adoption) {
        Actor actor = access.requireSecretariat();
        return decide(actor, lockSeen(actor, id), ReviewAction.ADOPT, adoption.opinion(), adoption);
    }

    /**
     * What the adoption form starts with: the report as the city wrote it, published under the city's government as
     * source in the 联络工作 column. The form is the secretariat's; a report not awaiting review is refused.
     */
    @Transactional(readOnly = true)
    public AdoptionProposal proposeAdoption(long id) {
        Actor actor = access.requireSecretariat();
        SubmissionView report = queries.submission(actor, id);
        if (!SubmissionLifecycle.legalActions(report.status()).contains(ReviewAction.ADOPT)) {
            throw SubmissionLifecycle.illegal(report.status(), ReviewAction.ADOPT);
        }
        Long column = portal.columns().stream().filter(c -> DEFAULT_COLUMN.equals(c.slug())).findFirst()
                .map(ColumnView::id).orElse(null);
        return new AdoptionProposal(report, new Adoption(column, report.title(), report.bodyHtml(),
                defaultSource(report.cityName()), report.authorName(), null));
    }

    /** A report and how the adoption form proposes to publish it. */
    public record AdoptionProposal(SubmissionView report, Adoption adoption) {
    }

    private SubmissionStore.Row lockSeen(Actor actor, long id) {
        SubmissionStore.Row row = store.row(id, true).orElseThrow(() -> new NotFoundException("submission.error.unknown", id));
        access.requireSee(actor, id, row.cityCode(), row.provinceCode(), row.status());
        return row;
    }

    private SubmissionStatus decide(Actor actor, SubmissionStore.Row row, ReviewAction action, String opinion, Adoption adoption) {
        long id = row.id();
        String text = opinion == null || opinion.isBlank() ? null : opinion.strip();
        SubmissionStatus to = SubmissionLifecycle.next(row.status(), action, text);
        Instant now = clock.instant();
        Long columnId = null;
        Long articleId = null;
        if (action == ReviewAction.ADOPT) {
            Adoption a = adoption == null ? new Adoption(null, null, null, null, null, opinion) : adoption;
            if (a.columnId() == null) {
                throw new RuleViolation("columnId", "submission.error.columnRequired");
            }
            columnId = a.columnId();
            articleId = portal.publishAdopted(new ArticleDraft(a.columnId(), or(a.title(), row.title()), null,
                    or(a.source(), defaultSource(row.cityName())), or(a.author(), row.authorName()), null, null,
                    or(a.bodyHtml(), row.bodyHtml()), null, null, null, List.of()), "submission:" + id);
        }
        store.decided(id, to, columnId, articleId, now);
        store.insertEvent(id, action, row.status(), to, text, actor.username(), now, articleId);
        mail.decided(id, row.title(), action, text, directory.activeLiaisons(List.of(row.cityCode())));
        return to;
    }

    /** Where an adopted report comes from, as the portal shows it: the city's government. */
    private static String defaultSource(String cityName) {
        return cityName + "人民政府";
    }

    private static String or(String edited, String original) {
        return edited == null || edited.isBlank() ? original : edited.strip();
    }
}
