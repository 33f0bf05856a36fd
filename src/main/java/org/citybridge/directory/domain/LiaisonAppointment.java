package org.citybridge.directory.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.RuleViolation;

/** A person holding a liaison post for a city from a start date until (exclusive) an end date. */
@Entity
@Table(name = "liaison_appointment")
class LiaisonAppointment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_ids")
    @SequenceGenerator(name = "appointment_ids", sequenceName = "liaison_appointment_id_seq", allocationSize = 50)
    private Long id;
    private long personId;
    private String cityCode;
    @Enumerated(EnumType.STRING)
    private LiaisonRole role;
    private LocalDate startDate;
    private LocalDate endDate;
    @Version
    private long version;

    protected LiaisonAppointment() {
    }

    LiaisonAppointment(long personId, String cityCode, LiaisonRole role, LocalDate startDate, LocalDate endDate) {
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new RuleViolation("to", "roster.error.endBeforeStart");
        }
        this.personId = personId;
        this.cityCode = cityCode;
        this.role = role;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    String cityCode() {
        return cityCode;
    }

    LiaisonRole role() {
        return role;
    }

    LocalDate startDate() {
        return startDate;
    }

    /** Takes the end date a roster file states, none meaning still in office; answers whether it changed. */
    boolean recordEnd(LocalDate day) {
        if (Objects.equals(endDate, day)) {
            return false;
        }
        if (day != null && day.isBefore(startDate)) {
            throw new RuleViolation("to", "roster.error.endBeforeStart");
        }
        this.endDate = day;
        return true;
    }

    boolean isActiveOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }

    void endOn(LocalDate day) {
        if (endDate != null && !endDate.isAfter(day)) {
            throw RuleViolation.of("roster.error.alreadyEnded");
        }
        if (day.isBefore(startDate)) {
            throw new RuleViolation("on", "roster.error.endBeforeStart");
        }
        this.endDate = day;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", personId);
        state.put("cityCode", cityCode);
        state.put("role", role);
        state.put("from", startDate);
        state.put("to", endDate);
        return state;
    }
}
