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

    /** An article's public address and whether it is live now; empty when there is no such article. */
    Optional<ArticleLink> articleLink(long articleId);

    /** Which of these articles the public can read now (published, its publish time passed and not expired). */
    Set<Long> liveArticles(Collection<Long> articleIds);
}
