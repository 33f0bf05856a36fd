package org.citybridge.events.domain;

/**
 * "来自 M 个城市的 N 名代表": who came to the event as its report counts them, from the check-ins when there are any
 * (who was there), else from the registrations (who held a place).
 */
public record Attendance(long delegates, long cities, boolean fromCheckIns) {

    public static Attendance of(EventFigures figures) {
        return figures.checkedIn() > 0
                ? new Attendance(figures.checkedIn(), figures.checkedInCities(), true)
                : new Attendance(figures.registered(), figures.registeredCities(), false);
    }
}
