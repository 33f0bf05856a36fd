package org.citybridge.evaluation.domain;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citybridge.evaluation.CommendationRound;
import org.citybridge.evaluation.CommendationView;
import org.citybridge.evaluation.report.YearCommendations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The work report's commendations: the liaisons commended by a decided list, by city; nothing before the decision. */
@Component
class DecidedCommendations implements YearCommendations {

    private final JdbcClient jdbc;

    DecidedCommendations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Map<String, Long>> commendedByCity(int year) {
        boolean decided = jdbc.sql("SELECT count(*) FROM evaluation_commendation_round WHERE year = :year AND status = :decided")
                .param("year", year).param("decided", CommendationRound.Status.DECIDED.name()).query(Long.class).single() > 0;
        if (!decided) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT city_code FROM evaluation_commendation WHERE year = :year AND status = :commended")
                .param("year", year).param("commended", CommendationView.Status.COMMENDED.name())
                .query(String.class).list().stream()
                .collect(Collectors.groupingBy(code -> code, Collectors.counting())));
    }
}
