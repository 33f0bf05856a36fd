package org.citybridge.events.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * iCalendar text (RFC 5545, ical4j) of events or sessions, for a calendar feed or an {@code .ics} mail attachment:
 * {@code METHOD:PUBLISH}, times in Asia/Shanghai with its {@code VTIMEZONE}, each entry under its own stable UID.
 */
@Component
public class EventCalendar {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * @param name  the calendar's name as calendar programs show it
     * @param stamp when the text is made ({@code DTSTAMP}): a later one tells a calendar that an entry changed
     */
    public String text(String name, List<CalendarEntry> entries, Instant stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//CityBridge//Events//ZH"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new Name(name))
                .add(new XProperty("X-WR-CALNAME", name));
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(SHANGHAI.getId()).getVTimeZone());
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, stamp));
        }
        StringWriter text = new StringWriter();
        try {
            // not validated: ical4j holds PUBLISH to iTIP (RFC 5546), which wants an ORGANIZER that a published
            // calendar has no use for (calendar programs' own exports leave it out too); lines folded below
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return folded(text.toString());
    }

    /**
     * Lines of at most 75 octets of UTF-8 (RFC 5545, 3.1), a longer one going on in lines that start with a space; a
     * character is never cut (ical4j folds at 75 characters, which for Chinese text is up to 225 octets).
     */
    static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 20);
        for (String line : text.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(c);
                octets += size;
                i += Character.charCount(c);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static VEvent event(CalendarEntry entry, Instant stamp) {
        VEvent event = new VEvent(entry.start().withZoneSameInstant(SHANGHAI), entry.end().withZoneSameInstant(SHANGHAI),
                entry.title());
        event.replace(new DtStamp(stamp));
        event.add(new Uid(entry.uid()));
        if (!entry.place().isBlank()) {
            event.add(new Location(entry.place()));
        }
        if (!entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        return event;
    }
}
