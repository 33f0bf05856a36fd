package org.citybridge.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.circulars.CircularsApi;
import org.citybridge.circulars.NewCircular;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Circulars issued through the circulars module and then moved into a past year with SQL, for the evaluation's tests:
 * the work records are read by date, and a year of work cannot be waited for.
 */
public record BackdatedCirculars(Fixtures fixtures, CircularsApi circulars, JdbcClient jdbc, Clock clock) {

    /** A circular with a receipt, issued by the secretariat to the cities picked. */
    public long issue(String numberPrefix, String title, String... cities) {
        return fixtures.asAdmin(() -> circulars.issue(new NewCircular(numberPrefix + "〔" + System.nanoTime() % 1000000 + "〕号", title,
                "<p>" + title + "</p>", new Targets(TargetMode.PICKED, List.of(), null, null, List.of(cities)),
                clock.instant().plusSeconds(86400), "/admin/evaluations"))).circularId();
    }

    public void backdate(long circular, Timestamp issued, Timestamp deadline) {
        jdbc.sql("UPDATE circular SET issued_at = :issued, deadline = :deadline WHERE id = :id")
                .param("issued", issued).param("deadline", deadline).param("id", circular).update();
    }

    /** The city's copy read and first replied at {@code first}, its reply standing from {@code last}. */
    public void reply(long circular, String city, Timestamp first, Timestamp last) {
        jdbc.sql("UPDATE circular_delivery SET read_at = :first, first_replied_at = :first, replied_at = :last WHERE circular_id = :c AND city_code = :city")
                .param("first", first).param("last", last).param("c", circular).param("city", city).update();
    }

    /** 10:00 on that day in the application's zone. */
    public Timestamp at(int year, int month, int day) {
        return Timestamp.from(LocalDate.of(year, month, day).atTime(10, 0).atZone(clock.getZone()).toInstant());
    }
}
