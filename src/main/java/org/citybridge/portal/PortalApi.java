package org.citybridge.portal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What other modules may ask of the public site. */
public interface PortalApi {

    /** Every column, parents before children, with its path of names. */
    List<ColumnView> columns();

    /**
     * Publishes an article adopted from elsewhere (a city's report) in the caller's transaction, at its publish
     * time or now; the caller must be allowed to publish (secretariat or editor).
     *
     * @param origin where it comes from, e.g. {@code submission:12}
     * @return the article's id
     */
    long publishAdopted(ArticleDraft draft, String origin);

    /**
     * Saves an article written elsewhere (the report of an event) as a draft, in the caller's transaction, for an
     * editor to finish and publish in the portal; the caller must be allowed to edit the site. The body is sanitized
     * and its pictures checked as for {@link #publishAdopted}: each must be one the caller may already see.
     *
     * @param origin where it comes from, e.g. {@code event:12}
     * @return the article's id
     */
    long draftAdopted(ArticleDraft draft, String origin);

    /** An article's public address, whether it is live now, its state and where editors edit it; empty when there is no such article. */
    Optional<ArticleLink> articleLink(long articleId);

    /** Which of these articles the public can read now (published, its publish time passed and not expired). */
    Set<Long> liveArticles(Collection<Long> articleIds);
}
