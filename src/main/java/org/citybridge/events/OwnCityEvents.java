package org.citybridge.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.events.domain.EventQueries;
import org.springframework.stereotype.Service;

/** The events ahead as the signed-in liaison's city stands with them, for the liaison's home page. */
@Service
public class OwnCityEvents {

    private final EventQueries queries;
    private final Clock clock;

    OwnCityEvents(EventQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Events not yet over, the soonest first, with the own city's answer; refused to anyone but a liaison. */
    public List<UpcomingEvent> upcomingForOwnCity() {
        return queries.upcomingForOwnCity(LocalDate.now(clock));
    }
}
