package org.citybridge.tasks.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.LiaisonHandedOver;
import org.citybridge.tasks.AssignmentView;
import org.citybridge.tasks.TaskAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who answers for a city's open assignments: when a liaison post is handed over, the successor takes them over. */
@Service
public class Responsibilities {

    private static final Logger log = LoggerFactory.getLogger(Responsibilities.class);

    private final TaskStore store;
    private final CityDirectory directory;
    private final Clock clock;

    Responsibilities(TaskStore store, CityDirectory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Moves the city's open assignments (neither completed nor cancelled) held by the predecessor to the successor and
     * logs the move in each one's history; answers how many moved. Running it twice moves nothing the second time.
     */
    @Transactional
    public int handOver(LiaisonHandedOver event) {
        LocalDate today = LocalDate.now(clock);
        List<AssignmentView> held = store.openAssignmentsHeldBy(event.cityCode(), event.predecessorPersonId(), today);
        if (held.isEmpty()) {
            return 0;
        }
        String successorName = directory.person(event.successorPersonId()).name();
        Instant now = clock.instant();
        for (AssignmentView assignment : held) {
            String from = assignment.responsiblePersonName() != null ? assignment.responsiblePersonName() : "#" + event.predecessorPersonId();
            String to = successorName != null ? successorName : "#" + event.successorPersonId();
            store.changeResponsible(assignment.id(), event.successorPersonId(), successorName, now);
            store.insertTransition(assignment.id(), TaskAction.HANDOVER, assignment.state(), assignment.state(),
                    from + " → " + to + " (" + event.on() + ")", "system", now);
        }
        log.info("Moved {} open task assignment(s) of city {} from person {} to person {}", held.size(), event.cityCode(),
                event.predecessorPersonId(), event.successorPersonId());
        return held.size();
    }
}
