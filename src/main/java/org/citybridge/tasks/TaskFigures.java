package org.citybridge.tasks;

import java.util.List;
import java.util.Optional;

import org.citybridge.shared.Actors;
import org.citybridge.shared.CityScope;
import org.citybridge.tasks.domain.SupervisionBoard;
import org.citybridge.tasks.domain.TaskQueries;
import org.springframework.stereotype.Service;

/** The task figures for the signed-in user's dashboard: the board's totals, or the own city's open tasks. */
@Service
public class TaskFigures {

    private final SupervisionBoard board;
    private final TaskQueries queries;

    TaskFigures(SupervisionBoard board, TaskQueries queries) {
        this.board = board;
        this.queries = queries;
    }

    /** Open and overdue assignments by province, for the secretariat or a province coordinator (its own only). */
    public List<BoardCount> byProvince() {
        return board.byProvince(BoardFilter.all());
    }

    public Optional<BoardCount> forCurrentActor() {
        CityScope scope = Actors.currentOrSystem().scope();
        if (scope.spansCities()) {
            return Optional.of(board.total(BoardFilter.all()));
        }
        if (scope instanceof CityScope.City city) {
            List<AssignmentView> own = queries.myCity();
            long open = own.stream().filter(a -> a.state().isOpen()).count();
            long overdue = own.stream().filter(AssignmentView::overdue).count();
            return Optional.of(new BoardCount(city.code(), "", open, 0, overdue));
        }
        return Optional.empty();
    }
}
