package org.citybridge.events;

import java.util.List;

import org.citybridge.events.domain.AttendanceRecords;
import org.citybridge.shared.DateRange;
import org.springframework.stereotype.Service;

/** Events as a year's work records, for the evaluation, which checks who may read them. */
@Service
public class EventRecords {

    private final AttendanceRecords attendance;

    EventRecords(AttendanceRecords attendance) {
        this.attendance = attendance;
    }

    /**
     * Each city that answered an event held in the period or had a delegate there, with its delegates holding a place
     * and checked in (as the event's figures count them), by city and date.
     */
    public List<EventAttendanceRecord> heldIn(DateRange period) {
        return attendance.heldIn(period);
    }

    /** Every event held ({@code HELD}) that started in the period, answered by cities or not, by date. */
    public List<HeldEvent> eventsHeldIn(DateRange period) {
        return attendance.eventsHeldIn(period);
    }
}
