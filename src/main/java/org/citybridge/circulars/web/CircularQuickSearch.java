package org.citybridge.circulars.web;

import java.util.List;

import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.circulars.domain.CircularSummary;
import org.citybridge.platform.Dates;
import org.citybridge.shared.Actors;
import org.citybridge.shared.QuickSearchHit;
import org.citybridge.shared.QuickSearchPart;
import org.springframework.stereotype.Component;

/** Circulars by title or document number, as the circular list finds them for the user. */
@Component
class CircularQuickSearch implements QuickSearchPart {

    private final CircularQueries queries;
    private final Dates dates;

    CircularQuickSearch(CircularQueries queries, Dates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    @Override
    public String kindKey() {
        return "search.quick.circulars";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<QuickSearchHit> find(String text, int limit) {
        if (!Actors.currentOrSystem().followsCities()) {
            return List.of();
        }
        return queries.list(text, null, 0, limit).items().stream()
                .map(circular -> new QuickSearchHit(circular.title(), detail(circular), "/admin/circulars/" + circular.id()))
                .toList();
    }

    private String detail(CircularSummary circular) {
        String when = dates.format(circular.issuedAt() != null ? circular.issuedAt() : circular.createdAt());
        return circular.docNumber() == null || circular.docNumber().isBlank() ? when : circular.docNumber() + " · " + when;
    }
}
