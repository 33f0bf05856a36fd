package org.citybridge.tasks.web;

import java.util.List;

import org.citybridge.platform.Dates;
import org.citybridge.shared.Actors;
import org.citybridge.shared.QuickSearchHit;
import org.citybridge.shared.QuickSearchPart;
import org.citybridge.tasks.domain.TaskQueries;
import org.springframework.stereotype.Component;

/** Tasks by title, given to a city the user follows. */
@Component
class TaskQuickSearch implements QuickSearchPart {

    private final TaskQueries queries;
    private final Dates dates;

    TaskQuickSearch(TaskQueries queries, Dates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    @Override
    public String kindKey() {
        return "search.quick.tasks";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<QuickSearchHit> find(String text, int limit) {
        if (!Actors.currentOrSystem().followsCities()) {
            return List.of();
        }
        return queries.findByTitle(text, limit).stream()
                .map(task -> new QuickSearchHit(task.title(), dates.format(task.dueDate()), "/admin/tasks/" + task.id()))
                .toList();
    }
}
