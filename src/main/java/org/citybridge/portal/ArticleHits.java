package org.citybridge.portal;

import java.util.Collection;
import java.util.Map;

/** The hit counter (点击数) of articles, kept apart from the articles so that saving one never touches it. */
public interface ArticleHits {

    /** Counts one view of a public article page. */
    void record(long articleId);

    /** The count as readers should see it, views not yet written included. */
    long hits(long articleId);

    Map<Long, Long> hits(Collection<Long> articleIds);
}
