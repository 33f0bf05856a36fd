package org.citybridge.submissions.web;

import java.util.List;

import org.citybridge.platform.Dates;
import org.citybridge.shared.Actors;
import org.citybridge.shared.QuickSearchHit;
import org.citybridge.shared.QuickSearchPart;
import org.citybridge.submissions.domain.SubmissionQueries;
import org.springframework.stereotype.Component;

/** Reports by title, of the cities the user follows. */
@Component
class SubmissionQuickSearch implements QuickSearchPart {

    private final SubmissionQueries queries;
    private final Dates dates;

    SubmissionQuickSearch(SubmissionQueries queries, Dates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    @Override
    public String kindKey() {
        return "search.quick.submissions";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<QuickSearchHit> find(String text, int limit) {
        if (!Actors.currentOrSystem().followsCities()) {
            return List.of();
        }
        return queries.findByTitle(text, limit).stream()
                .map(report -> new QuickSearchHit(report.title(), report.cityName() + " · " + dates.format(report.updatedAt()),
                        "/admin/submissions/" + report.id()))
                .toList();
    }
}
