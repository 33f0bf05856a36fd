package org.citybridge.portal.domain;

import java.time.Instant;

import org.citybridge.portal.ArticleStatus;

/**
 * An article's state as editors read it in the list: a published article is live (PUBLISHED), scheduled (定时发布,
 * its publish time still to come) or expired (已下线, its expiry passed) at the moment asked.
 */
public enum ArticleState {
    DRAFT("a.status = 'DRAFT'"),
    PENDING("a.status = 'PENDING'"),
    PUBLISHED(PortalQueries.LIVE),
    SCHEDULED("a.status = 'PUBLISHED' AND a.publish_at > :now"),
    EXPIRED("a.status = 'PUBLISHED' AND a.publish_at <= :now AND a.expire_at <= :now"),
    WITHDRAWN("a.status = 'WITHDRAWN'");

    /** The SQL condition on article {@code a}, with the parameter {@code :now}. */
    final String condition;

    ArticleState(String condition) {
        this.condition = condition;
    }

    public static ArticleState of(ArticleStatus status, Instant publishAt, Instant expireAt, Instant now) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case PENDING -> PENDING;
            case WITHDRAWN -> WITHDRAWN;
            case PUBLISHED -> publishAt != null && publishAt.isAfter(now) ? SCHEDULED
                    : expireAt != null && !expireAt.isAfter(now) ? EXPIRED : PUBLISHED;
        };
    }
}
