package org.citybridge.shared;

import java.util.List;

/**
 * One module's part of the back office's quick search: its things of one kind whose names contain what was typed, as
 * far as the signed-in user may see them (nothing if that user may not see this kind at all).
 */
public interface QuickSearchPart {

    /** The message key naming the kind, which heads its results. */
    String kindKey();

    /** Where the kind's results stand among the others: lower first. */
    int order();

    /** At most {@code limit} things containing {@code text} (not blank, already trimmed), the likeliest first. */
    List<QuickSearchHit> find(String text, int limit);
}
