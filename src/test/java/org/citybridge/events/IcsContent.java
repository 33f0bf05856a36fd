package org.citybridge.events;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** Reads iCalendar text back with ical4j, as a calendar program would, for the tests' assertions. */
final class IcsContent {

    private IcsContent() {
    }

    static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("not iCalendar: " + e.getMessage() + "\n" + text, e);
        }
    }

    static List<VEvent> events(String text) {
        return parse(text).getComponents(VEvent.VEVENT);
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    static String calendarValue(String text, String property) {
        return parse(text).getProperty(property).map(Property::getValue).orElseThrow();
    }

    static Instant time(VEvent event, String property) {
        DateProperty<Temporal> date = event.<DateProperty<Temporal>>getProperty(property).orElseThrow();
        return Instant.from(date.getDate());
    }
}
