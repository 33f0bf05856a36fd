package org.citybridge.portal;

import java.time.Instant;
import java.util.List;

/**
 * An editor's portal work, each list at most {@link EditorialDesk#SHOWN} long.
 *
 * @param drafts        their drafts, latest change first (those returned by a reviewer are in {@code returned})
 * @param returned      their articles a reviewer returned, with the comment, latest first
 * @param waitingForMe  how many articles wait for their review
 * @param oldestWaiting the longest waiting of those
 * @param underReview   their articles under review, with the level reached
 * @param revisions     the pending revisions of published articles they edited or wrote, latest first, with their
 *                      review state (not submitted, waiting at a level, returned with the comment)
 */
public record EditorialHome(List<Item> drafts, List<Item> returned, int waitingForMe, List<Item> oldestWaiting,
                            List<Item> underReview, List<Item> revisions) {

    /**
     * One article.
     *
     * @param stateKey the message key of its state, e.g. 待复审
     * @param at       its last change, return, or arrival at the level it waits at
     * @param comment  the reviewer's comment of a returned article, else null
     * @param href     where to work on it
     */
    public record Item(long id, String title, String columnName, String stateKey, Instant at, String comment, String href) {
    }
}
