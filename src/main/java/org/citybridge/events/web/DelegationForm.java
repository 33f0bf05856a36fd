package org.citybridge.events.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Size;
import org.citybridge.directory.Gender;
import org.citybridge.events.domain.DelegateEntry;
import org.citybridge.events.domain.DelegateRole;
import org.citybridge.events.domain.DelegateView;
import org.citybridge.events.domain.DelegationAnswer;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.Diet;
import org.citybridge.events.domain.EventLimits;
import org.citybridge.events.domain.Lodging;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A city's delegation as its liaison edits it: one row per registered or waitlisted delegate (by id) and new rows
 * added with a builder button, each with every detail the secretariat needs. A bean, so that a malformed date or time
 * gives back everything else typed.
 */
public class DelegationForm {

    private List<DelegateForm> delegates = new ArrayList<>();

    /** The delegation's active delegates, or one empty row while it has none. */
    static DelegationForm of(DelegationView delegation) {
        DelegationForm form = new DelegationForm();
        delegation.active().forEach(d -> form.delegates.add(DelegateForm.of(d)));
        if (form.delegates.isEmpty()) {
            form.delegates.add(new DelegateForm());
        }
        return form;
    }

    /** Runs a builder button ({@code addDelegate}, {@code removeDelegate:2}); false for anything else. */
    boolean edit(String action) {
        if ("addDelegate".equals(action)) {
            delegates.add(new DelegateForm());
            return true;
        }
        if (action.matches("removeDelegate:\\d{1,3}")) {
            int index = Integer.parseInt(action.substring("removeDelegate:".length()));
            if (index < delegates.size()) {
                delegates.remove(index);
            }
            return true;
        }
        return false;
    }

    /** Leaves out new rows nobody filled in, so that an added but unused row does not refuse the delegation. */
    void dropBlankRows() {
        delegates.removeIf(DelegateForm::isBlank);
    }

    DelegationEntry entry(DelegationAnswer answer) {
        return new DelegationEntry(answer, answer == DelegationAnswer.DECLINED ? List.of() : delegates.stream().map(DelegateForm::entry).toList());
    }

    /** The delegation's active delegates no longer on the form: saving cancels them. */
    List<DelegateView> leftOut(DelegationView delegation) {
        List<Long> kept = delegates.stream().map(DelegateForm::getId).filter(Objects::nonNull).toList();
        return delegation.active().stream().filter(d -> !kept.contains(d.id())).toList();
    }

    public List<DelegateForm> getDelegates() {
        return delegates;
    }

    public void setDelegates(List<DelegateForm> delegates) {
        this.delegates = delegates == null ? new ArrayList<>() : delegates;
    }

    /** One delegate's row. */
    public static class DelegateForm {
        private Long id;
        @Size(max = EventLimits.PERSON_NAME)
        private String name = "";
        private Gender gender;
        @Size(max = EventLimits.POST)
        private String post = "";
        @Size(max = EventLimits.UNIT)
        private String unit = "";
        private String mobile = "";
        private Diet diet = Diet.NONE;
        @Size(max = EventLimits.DIET_NOTE)
        private String dietNote = "";
        private DelegateRole role = DelegateRole.DELEGATE;
        private LocalDate arrivalDate;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime arrivalTime;
        @Size(max = EventLimits.TRIP)
        private String arrivalTrip = "";
        @Size(max = EventLimits.STATION)
        private String arrivalStation = "";
        private LocalDate departureDate;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime departureTime;
        @Size(max = EventLimits.TRIP)
        private String departureTrip = "";
        @Size(max = EventLimits.STATION)
        private String departureStation = "";
        private Lodging lodging = Lodging.SHARED;
        private Long visitGroupId;
        private List<Long> sessionIds = new ArrayList<>();

        static DelegateForm of(DelegateView d) {
            DelegateForm form = new DelegateForm();
            form.id = d.id();
            form.name = d.name();
            form.gender = d.gender();
            form.post = d.post();
            form.unit = d.unit();
            form.mobile = d.mobile();
            form.diet = d.diet();
            form.dietNote = d.dietNote();
            form.role = d.role();
            form.arrivalDate = d.arrivalDate();
            form.arrivalTime = d.arrivalTime();
            form.arrivalTrip = d.arrivalTrip();
            form.arrivalStation = d.arrivalStation();
            form.departureDate = d.departureDate();
            form.departureTime = d.departureTime();
            form.departureTrip = d.departureTrip();
            form.departureStation = d.departureStation();
            form.lodging = d.lodging();
            form.visitGroupId = d.visitGroupId();
            form.sessionIds = new ArrayList<>(d.sessionIds());
            return form;
        }

        /** A new row with nothing typed in it (the defaults of the choices do not count). */
        boolean isBlank() {
            return id == null && blank(name) && gender == null && blank(post) && blank(unit) && blank(mobile) && blank(dietNote)
                    && arrivalDate == null && arrivalTime == null && blank(arrivalTrip) && blank(arrivalStation)
                    && departureDate == null && departureTime == null && blank(departureTrip) && blank(departureStation)
                    && visitGroupId == null && sessionIds.isEmpty();
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        DelegateEntry entry() {
            return new DelegateEntry(id, name, gender, post, unit, mobile, diet, dietNote, role, arrivalDate, arrivalTime,
                    arrivalTrip, arrivalStation, departureDate, departureTime, departureTrip, departureStation, lodging,
                    visitGroupId, sessionIds);
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

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender gender) {
            this.gender = gender;
        }

        public String getPost() {
            return post;
        }

        public void setPost(String post) {
            this.post = post;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getMobile() {
            return mobile;
        }

        public void setMobile(String mobile) {
            this.mobile = mobile;
        }

        public Diet getDiet() {
            return diet;
        }

        public void setDiet(Diet diet) {
            this.diet = diet;
        }

        public String getDietNote() {
            return dietNote;
        }

        public void setDietNote(String dietNote) {
            this.dietNote = dietNote;
        }

        public DelegateRole getRole() {
            return role;
        }

        public void setRole(DelegateRole role) {
            this.role = role;
        }

        public LocalDate getArrivalDate() {
            return arrivalDate;
        }

        public void setArrivalDate(LocalDate arrivalDate) {
            this.arrivalDate = arrivalDate;
        }

        public LocalTime getArrivalTime() {
            return arrivalTime;
        }

        public void setArrivalTime(LocalTime arrivalTime) {
            this.arrivalTime = arrivalTime;
        }

        public String getArrivalTrip() {
            return arrivalTrip;
        }

        public void setArrivalTrip(String arrivalTrip) {
            this.arrivalTrip = arrivalTrip;
        }

        public String getArrivalStation() {
            return arrivalStation;
        }

        public void setArrivalStation(String arrivalStation) {
            this.arrivalStation = arrivalStation;
        }

        public LocalDate getDepartureDate() {
            return departureDate;
        }

        public void setDepartureDate(LocalDate departureDate) {
            this.departureDate = departureDate;
        }

        public LocalTime getDepartureTime() {
            return departureTime;
        }

        public void setDepartureTime(LocalTime departureTime) {
            this.departureTime = departureTime;
        }

        public String getDepartureTrip() {
            return departureTrip;
        }

        public void setDepartureTrip(String departureTrip) {
            this.departureTrip = departureTrip;
        }

        public String getDepartureStation() {
            return departureStation;
        }

        public void setDepartureStation(String departureStation) {
            this.departureStation = departureStation;
        }

        public Lodging getLodging() {
            return lodging;
        }

        public void setLodging(Lodging lodging) {
            this.lodging = lodging;
        }

        public Long getVisitGroupId() {
            return visitGroupId;
        }

        public void setVisitGroupId(Long visitGroupId) {
            this.visitGroupId = visitGroupId;
        }

        public List<Long> getSessionIds() {
            return sessionIds;
        }

        public void setSessionIds(List<Long> sessionIds) {
            this.sessionIds = sessionIds == null ? new ArrayList<>() : sessionIds;
        }
    }
}
