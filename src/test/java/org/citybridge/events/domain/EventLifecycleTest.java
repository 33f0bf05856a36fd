package org.citybridge.events.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.citybridge.events.domain.EventLifecycle.Registration;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.shared.RuleViolation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.citybridge.events.domain.EventStatus.CLOSED;
import static org.citybridge.events.domain.EventStatus.DRAFT;
import static org.citybridge.events.domain.EventStatus.HELD;
import static org.citybridge.events.domain.EventStatus.OPEN;

/** The event lifecycle without Spring: every status × every wanted status, and the registration window. */
class EventLifecycleTest {

    /** The whole table of legal moves; everything not in it must be refused. */
    private static final Map<EventStatus, Set<EventStatus>> LEGAL = Map.of(
            DRAFT, EnumSet.of(OPEN),
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(OPEN, HELD),
            HELD, EnumSet.noneOf(EventStatus.class));

    private static final Instant OPENS = Instant.parse("2026-09-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-10-01T00:00:00Z");

    @TestFactory
    Stream<DynamicTest> everyStatusAndWantedStatus() {
        return Stream.of(EventStatus.values()).flatMap(from -> Stream.of(EventStatus.values()).map(to ->
                DynamicTest.dynamicTest(from + " -> " + to, () -> {
                    if (LEGAL.get(from).contains(to)) {
                        assertThat(EventLifecycle.next(from, to)).isEqualTo(to);
                    } else {
                        RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> EventLifecycle.next(from, to));
                        assertThat(refused).as("refused").isNotNull();
                        assertThat(refused.messageKey()).isEqualTo(EventLifecycle.ILLEGAL);
                        assertThat(refused.field()).isEqualTo("status");
                        assertThat(Arrays.stream(refused.args()).map(a -> ((MessageSourceResolvable) a).getCodes()[0]))
                                .containsExactly("event.status." + from, "event.status." + to);
                    }
                })));
    }

    @Test
    void theNextStatusesAreTheLegalOnes() {
        for (EventStatus status : EventStatus.values()) {
            assertThat(EventLifecycle.nextStatuses(status)).as(status.name()).isEqualTo(LEGAL.get(status));
        }
    }

    @Test
    void noWantedStatusIsRefused() {
        assertThat(catchThrowableOfType(RuleViolation.class, () -> EventLifecycle.next(OPEN, null)).messageKey())
                .isEqualTo(EventLifecycle.ILLEGAL);
    }

    @Test
    void aDraftIsTheSecretariatsAloneAndAHeldEventNeverChanges() {
        assertThat(EventLifecycle.visibleToCities(DRAFT)).isFalse();
        assertThat(Stream.of(OPEN, CLOSED, HELD).allMatch(EventLifecycle::visibleToCities)).isTrue();
        assertThat(Stream.of(DRAFT, OPEN, CLOSED).allMatch(EventLifecycle::editable)).isTrue();
        assertThat(EventLifecycle.editable(HELD)).isFalse();
    }

    @Test
    void theSecretariatChangesDelegationsAndTheWaitlistMovesWhileOpenOrClosed() {
        for (EventStatus status : EventStatus.values()) {
            boolean running = status == OPEN || status == CLOSED;
            assertThat(EventLifecycle.acceptsSecretariatChanges(status)).as(status.name()).isEqualTo(running);
            assertThat(EventLifecycle.promotesWaitlist(status)).as(status.name()).isEqualTo(running);
        }
    }

    @Test
    void aLiaisonRegistersOnlyWhileOpenFromTheOpeningUntilJustBeforeTheDeadline() {
        Instant inside = Instant.parse("2026-09-15T08:00:00Z");
        assertThat(EventLifecycle.registration(OPEN, OPENS, CLOSES, inside)).isEqualTo(Registration.OPEN);
        assertThat(EventLifecycle.registration(OPEN, OPENS, CLOSES, OPENS)).isEqualTo(Registration.OPEN);
        assertThat(EventLifecycle.registration(OPEN, null, CLOSES, OPENS.minusSeconds(86_400))).isEqualTo(Registration.OPEN);
        assertThat(EventLifecycle.registration(OPEN, OPENS, CLOSES, OPENS.minusSeconds(1))).isEqualTo(Registration.NOT_YET);
        assertThat(EventLifecycle.registration(OPEN, OPENS, CLOSES, CLOSES.minusSeconds(1))).isEqualTo(Registration.OPEN);
        assertThat(EventLifecycle.registration(OPEN, OPENS, CLOSES, CLOSES)).isEqualTo(Registration.PAST_DEADLINE);
        for (EventStatus status : EnumSet.of(DRAFT, CLOSED, HELD)) {
            assertThat(EventLifecycle.registration(status, OPENS, CLOSES, inside)).as(status.name()).isEqualTo(Registration.NOT_TAKING);
        }
    }

    @Test
    void photosAreKeptOnceTheEventIsNoLongerADraftAndItsReportDraftedOnceHeld() {
        for (EventStatus status : EventStatus.values()) {
            assertThat(EventLifecycle.takesPhotos(status)).as(status.name()).isEqualTo(status != DRAFT);
            assertThat(EventLifecycle.reportable(status)).as(status.name()).isEqualTo(status == HELD);
        }
    }

    void delegatesAreCheckedInWhileTheEventIsOpenOrClosedOnly() {
        assertThat(EnumSet.allOf(EventStatus.class).stream().filter(EventLifecycle::takesCheckIns)).containsExactlyInAnyOrder(OPEN, CLOSED);
    }
}
