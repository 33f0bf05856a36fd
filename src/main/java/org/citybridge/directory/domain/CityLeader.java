package org.citybridge.directory.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.citybridge.directory.LeaderPost;
import org.citybridge.shared.RuleViolation;

/** A mayor, deputy mayor or secretary-general of a city government for one term. */
@Entity
@Table(name = "city_leader")
class CityLeader {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leader_ids")
    @SequenceGenerator(name = "leader_ids", sequenceName = "city_leader_id_seq", allocationSize = 50)
    private Long id;
    private String cityCode;
    private String name;
    @Enumerated(EnumType.STRING)
    private LeaderPost post;
    private LocalDate startDate;
    private LocalDate endDate;

    protected CityLeader() {
    }

    CityLeader(String cityCode, String name, LeaderPost post, LocalDate startDate, LocalDate endDate) {
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new RuleViolation("to", "roster.error.endBeforeStart");
        }
        this.cityCode = cityCode;
        this.name = name;
        this.post = post;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    Long id() {
        return id;
    }

    String cityCode() {
        return cityCode;
    }

    void endTerm(LocalDate day) {
        if (day.isBefore(startDate)) {
            throw new RuleViolation("to", "roster.error.endBeforeStart");
        }
        this.endDate = day;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cityCode", cityCode);
        state.put("name", name);
        state.put("post", post);
        state.put("from", startDate);
        state.put("to", endDate);
        return state;
    }
}
