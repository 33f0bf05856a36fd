package org.citybridge.tasks;

import java.util.Comparator;
import java.util.List;

import org.citybridge.tasks.domain.TaskQueries;
import org.springframework.stereotype.Service;

/** The signed-in liaison's city's open tasks, for the liaison's home page. */
@Service
public class OwnCityTasks {

    private static final Comparator<AssignmentView> OVERDUE_FIRST = Comparator.comparing(AssignmentView::overdue).reversed()
            .thenComparing(AssignmentView::dueDate);

    private final TaskQueries queries;

    OwnCityTasks(TaskQueries queries) {
        this.queries = queries;
    }

    /** Open assignments of the city, overdue ones first, then by due date; refused to anyone but a liaison. */
    public List<AssignmentView> open() {
        return queries.myCity().stream().filter(a -> a.state().isOpen()).sorted(OVERDUE_FIRST).toList();
    }
}
