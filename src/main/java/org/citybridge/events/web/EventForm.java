package org.citybridge.events.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.Size;
import org.citybridge.events.domain.EventDraft.GroupEntry;
import org.citybridge.events.domain.EventDraft.SessionEntry;
import org.citybridge.events.domain.EventDraft.VenueEntry;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventKind;
import org.citybridge.events.domain.EventLimits;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.SessionKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The event form with its venues, agenda and site-visit groups, edited row by row with builder buttons that keep
 * everything typed. A bean, so that a malformed date or time gives back everything else; its rules are checked by
 * {@code EventPlanning}, so that the API and the form refuse alike. The {@code @Size} limits give the inputs maxlength.
 */
public class EventForm {

    /** The longest event whose agenda the form lays out day by day. */
    private static final int MAX_DAYS = 31;

    private EventKind kind = EventKind.ANNUAL_CONFERENCE;
    @Size(max = EventLimits.TITLE)
    private String title = "";
    private String hostCityCode;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime registrationOpensAt;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime registrationClosesAt;
    private Integer capacity;
    private Integer cityQuota;
    @Size(max = EventLimits.NOTES)
    private String notes = "";
    private int version;
    private List<VenueForm> venues = new ArrayList<>();
    private List<SessionForm> sessions = new ArrayList<>();
    private List<GroupForm> visitGroups = new ArrayList<>();

    static EventForm blank() {
        EventForm form = new EventForm();
        form.venues.add(new VenueForm());
        return form;
    }

    static EventForm of(EventView event, ZoneId zone) {
        EventForm form = new EventForm();
        form.kind = event.kind();
        form.title = event.title();
        form.hostCityCode = event.hostCityCode();
        form.startsOn = event.startsOn();
        form.endsOn = event.endsOn();
        form.registrationOpensAt = event.registrationOpensAt() == null ? null : event.registrationOpensAt().atZone(zone).toLocalDateTime();
        form.registrationClosesAt = event.registrationClosesAt().atZone(zone).toLocalDateTime();
        form.capacity = event.capacity();
        form.cityQuota = event.cityQuota();
        form.notes = event.notes();
        form.version = event.version();
        event.venues().forEach(v -> form.venues.add(VenueForm.of(v.id(), v.name(), v.address())));
        event.sessions().forEach(s -> form.sessions.add(SessionForm.of(s.id(), s.day(), s.startsAt(), s.endsAt(), s.title(), s.kind(),
                s.place(), s.speakers(), s.optional(), s.capacity())));
        event.visitGroups().forEach(g -> form.visitGroups.add(GroupForm.of(g.id(), g.name(), g.bus(), g.capacity())));
        return form;
    }

    EventDraft draft(ZoneId zone) {
        return new EventDraft(kind, title, hostCityCode, startsOn, endsOn,
                registrationOpensAt == null ? null : registrationOpensAt.atZone(zone).toInstant(),
                registrationClosesAt == null ? null : registrationClosesAt.atZone(zone).toInstant(), capacity, cityQuota, notes,
                venues.stream().map(v -> new VenueEntry(v.getId(), v.getName(), v.getAddress())).toList(),
                sessions.stream().map(s -> new SessionEntry(s.getId(), s.getDay(), s.getStartsAt(), s.getEndsAt(), s.getTitle(),
                        s.getKind(), s.getPlace(), s.getSpeakers(), s.isOptional(), s.getCapacity())).toList(),
                visitGroups.stream().map(g -> new GroupEntry(g.getId(), g.getName(), g.getBus(), g.getCapacity())).toList());
    }

    /**
     * Runs a builder button: {@code addVenue}, {@code addSession:2026-11-05} (a session on that day; the day may be
     * empty), {@code addGroup}, or {@code removeVenue:2}, {@code removeSession:2}, {@code removeGroup:2}. Answers false
     * for anything else (the form is to be saved).
     */
    boolean edit(String action) {
        String[] parts = action.split(":", 2);
        String argument = parts.length > 1 ? parts[1] : "";
        switch (parts[0]) {
            case "addVenue" -> venues.add(new VenueForm());
            case "addGroup" -> visitGroups.add(new GroupForm());
            case "addSession" -> sessions.add(SessionForm.on(argument.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(argument) : null));
            case "removeVenue" -> remove(venues, argument);
            case "removeSession" -> remove(sessions, argument);
            case "removeGroup" -> remove(visitGroups, argument);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void remove(List<?> rows, String index) {
        if (index.matches("\\d{1,3}") && Integer.parseInt(index) < rows.size()) {
            rows.remove(Integer.parseInt(index));
        }
    }

    /**
     * The sessions' row numbers day by day, each day of the event (when its dates are known and it is not too long)
     * whether it has sessions yet or not; sessions on no day or outside the event come last, under a null day.
     */
    public Map<LocalDate, List<Integer>> agendaDays() {
        Map<LocalDate, List<Integer>> days = new TreeMap<>((a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b));
        boolean datesKnown = startsOn != null && endsOn != null && !endsOn.isBefore(startsOn)
                && startsOn.datesUntil(endsOn.plusDays(1)).count() <= MAX_DAYS;
        if (datesKnown) {
            startsOn.datesUntil(endsOn.plusDays(1)).forEach(day -> days.put(day, new ArrayList<>()));
        }
        for (int i = 0; i < sessions.size(); i++) {
            LocalDate day = sessions.get(i).getDay();
            LocalDate key = day != null && days.containsKey(day) ? day : null;
            days.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        return days;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHostCityCode() {
        return hostCityCode;
    }

    public void setHostCityCode(String hostCityCode) {
        this.hostCityCode = hostCityCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
        this.registrationOpensAt = registrationOpensAt;
    }

    public LocalDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
        this.registrationClosesAt = registrationClosesAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getCityQuota() {
        return cityQuota;
    }

    public void setCityQuota(Integer cityQuota) {
        this.cityQuota = cityQuota;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<VenueForm> getVenues() {
        return venues;
    }

    public void setVenues(List<VenueForm> venues) {
        this.venues = venues == null ? new ArrayList<>() : venues;
    }

    public List<SessionForm> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionForm> sessions) {
        this.sessions = sessions == null ? new ArrayList<>() : sessions;
    }

    public List<GroupForm> getVisitGroups() {
        return visitGroups;
    }

    public void setVisitGroups(List<GroupForm> visitGroups) {
        this.visitGroups = visitGroups == null ? new ArrayList<>() : visitGroups;
    }

    /** One venue row. */
    public static class VenueForm {
        private Long id;
        @Size(max = EventLimits.VENUE_NAME)
        private String name = "";
        @Size(max = EventLimits.ADDRESS)
        private String address = "";

        static VenueForm of(Long id, String name, String address) {
            VenueForm form = new VenueForm();
            form.id = id;
            form.name = name;
            form.address = address;
            return form;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }
    }

    /** One agenda row; its id keeps the delegates' choices of an existing session. */
    public static class SessionForm {
        private Long id;
        private LocalDate day;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime startsAt;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime endsAt;
        @Size(max = EventLimits.SESSION_TITLE)
        private String title = "";
        private SessionKind kind = SessionKind.PLENARY;
        @Size(max = EventLimits.PLACE)
        private String place = "";
        @Size(max = EventLimits.SPEAKERS)
        private String speakers = "";
        private boolean optional;
        private Integer capacity;

        static SessionForm on(LocalDate day) {
            SessionForm form = new SessionForm();
            form.day = day;
            return form;
        }

        static SessionForm of(Long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title, SessionKind kind,
                              String place, String speakers, boolean optional, Integer capacity) {
            SessionForm form = on(day);
            form.id = id;
            form.startsAt = startsAt;
            form.endsAt = endsAt;
            form.title = title;
            form.kind = kind;
            form.place = place;
            form.speakers = speakers;
            form.optional = optional;
            form.capacity = capacity;
            return form;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public LocalTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalTime startsAt) {
            this.startsAt = startsAt;
        }

        public LocalTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalTime endsAt) {
            this.endsAt = endsAt;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public SessionKind getKind() {
            return kind;
        }

        public void setKind(SessionKind kind) {
            this.kind = kind;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getSpeakers() {
            return speakers;
        }

        public void setSpeakers(String speakers) {
            this.speakers = speakers;
        }

        public boolean isOptional() {
            return optional;
        }

        public void setOptional(boolean optional) {
            this.optional = optional;
        }

        public Integer getCapacity() {
            return capacity;
        }

        public void setCapacity(Integer capacity) {
            this.capacity = capacity;
        }
    }

    /** One site-visit group row. */
    public static class GroupForm {
        private Long id;
        @Size(max = EventLimits.GROUP_NAME)
        private String name = "";
        @Size(max = EventLimits.BUS)
        private String bus = "";
        private Integer capacity;

        static GroupForm of(Long id, String name, String bus, Integer capacity) {
            GroupForm form = new GroupForm();
            form.id = id;
            form.name = name;
            form.bus = bus;
            form.capacity = capacity;
            return form;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getBus() {
            return bus;
        }

        public void setBus(String bus) {
            this.bus = bus;
        }

        public Integer getCapacity() {
            return capacity;
        }

        public void setCapacity(Integer capacity) {
            this.capacity = capacity;
        }
    }
}
