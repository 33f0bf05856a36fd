package org.citybridge.directory;

import java.time.LocalDate;

import org.citybridge.directory.domain.Appointments;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

@IntegrationTest
@RecordApplicationEvents
class HandoverTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    CityDirectory directory;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void handoverEndsThePredecessorKeepsHistoryAndAnnouncesIt() {
        String wuhan = "420100";
        long predecessor = fixtures.person("王前任");
        long successor = fixtures.person("李继任");
        long appointment = fixtures.appoint(wuhan, predecessor, LiaisonRole.PRIMARY, LocalDate.of(2020, 3, 1));
        LocalDate on = LocalDate.of(2024, 6, 30);

        long successorAppointment = fixtures.asAdmin(() ->
                appointments.handOver(wuhan, appointment, Appointee.existing(successor), on));

        CityDetails city = fixtures.asAdmin(() -> directory.city(wuhan));
        assertThat(city.activeLiaisons()).extracting(AppointmentView::personName).containsExactly("李继任");
        assertThat(city.history()).extracting(AppointmentView::personName, AppointmentView::from, AppointmentView::to)
                .containsExactly(
                        tuple("李继任", on, null),
                        tuple("王前任", LocalDate.of(2020, 3, 1), on));
        assertThat(city.history().get(0).role()).isEqualTo(LiaisonRole.PRIMARY);
        assertThat(events.stream(LiaisonHandedOver.class)).containsExactly(
                new LiaisonHandedOver(wuhan, appointment, predecessor, successorAppointment, successor, on));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'appointment' AND entity_id IN (:a, :b)")
                .param("a", String.valueOf(appointment)).param("b", String.valueOf(successorAppointment))
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void handoverToANewPersonCreatesThemInTheSameTransaction() {
        String xian = "610100";
        long appointment = fixtures.appoint(xian, fixtures.person("赵前任"), LiaisonRole.DEPUTY, LocalDate.of(2021, 1, 1));
        PersonDetails newcomer = new PersonDetails("钱新人", Gender.MALE, "驻京办主任", "西安市驻京办", "13700001234", null, null, null);

        fixtures.asAdmin(() -> appointments.handOver(xian, appointment, new Appointee(null, newcomer), LocalDate.of(2025, 1, 1)));

        assertThat(fixtures.asAdmin(() -> directory.city(xian)).activeLiaisons())
                .extracting(AppointmentView::personName, AppointmentView::role)
                .containsExactly(tuple("钱新人", LiaisonRole.DEPUTY));
    }

    @Test
    void refusedHandoversChangeNothing() {
        String nanjing = "320100";
        long person = fixtures.person("孙在任");
        long appointment = fixtures.appoint(nanjing, person, LiaisonRole.PRIMARY, LocalDate.of(2022, 5, 1));
        long people = count("person");

        assertThatThrownBy(() -> fixtures.asAdmin(() -> appointments.handOver(nanjing, appointment, Appointee.existing(person), LocalDate.of(2023, 1, 1))))
                .hasMessage("roster.error.successorIsPredecessor");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> appointments.handOver(nanjing, appointment,
                new Appointee(null, new PersonDetails("周早", null, null, null, null, null, null, null)), LocalDate.of(2022, 1, 1))))
                .hasMessage("roster.error.endBeforeStart");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> appointments.handOver("440300", appointment, Appointee.existing(person), LocalDate.of(2023, 1, 1))))
                .hasMessage("roster.error.unknownAppointment");

        assertThat(count("person")).isEqualTo(people);
        assertThat(fixtures.asAdmin(() -> directory.city(nanjing)).activeLiaisons()).extracting(AppointmentView::personName)
                .containsExactly("孙在任");
        assertThat(events.stream(LiaisonHandedOver.class)).isEmpty();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
