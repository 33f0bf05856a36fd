package org.citybridge.dashboard.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.citybridge.shared.QuickSearchHit;
import org.citybridge.shared.QuickSearchPart;
import org.springframework.stereotype.Component;

/** Asks every module's part of the quick search, in their order, and keeps the kinds that found something. */
@Component
class QuickSearch {

    /** Longer texts are cut: nothing is named that long, and every part runs a LIKE over it. */
    static final int MAX_LENGTH = 50;

    private final List<QuickSearchPart> parts;

    QuickSearch(List<QuickSearchPart> parts) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(QuickSearchPart::order)).toList();
    }

    /** What was typed as it is searched: spaces at either end trimmed, runs of spaces made one, at most 50 characters. */
    static String normalize(String typed) {
        String text = typed == null ? "" : typed.replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    List<Found> find(String text, int perKind) {
        List<Found> found = new ArrayList<>();
        if (text.isEmpty()) {
            return found;
        }
        for (QuickSearchPart part : parts) {
            List<QuickSearchHit> hits = part.find(text, perKind);
            if (!hits.isEmpty()) {
                found.add(new Found(part.kindKey(), hits));
            }
        }
        return found;
    }

    /** One kind's hits, headed by the kind's name. */
    record Found(String kindKey, List<QuickSearchHit> hits) {
    }
}
