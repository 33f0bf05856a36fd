package org.citybridge.portal.domain;

import org.citybridge.shared.RuleViolation;

/** Someone else saved the article (or its pending revision) after the version an editor started from. */
public class StaleArticleEdit extends RuleViolation {

    public StaleArticleEdit(String savedBy) {
        super(null, "article.error.stale", savedBy);
    }
}
