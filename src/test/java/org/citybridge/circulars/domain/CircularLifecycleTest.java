package org.citybridge.circulars.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.citybridge.shared.RuleViolation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.citybridge.circulars.domain.CircularAction.CORRECT;
import static org.citybridge.circulars.domain.CircularAction.DISCARD;
import static org.citybridge.circulars.domain.CircularAction.EDIT;
import static org.citybridge.circulars.domain.CircularAction.ISSUE;
import static org.citybridge.circulars.domain.CircularAction.REMIND;
import static org.citybridge.circulars.domain.CircularAction.WITHDRAW;
import static org.citybridge.circulars.domain.CircularStatus.DRAFT;
import static org.citybridge.circulars.domain.CircularStatus.ISSUED;
import static org.citybridge.circulars.domain.CircularStatus.WITHDRAWN;

/** The circular lifecycle without Spring: every state × every action, legal or refused with its own message. */
class CircularLifecycleTest {

    /** The whole table of legal moves (empty: the circular is gone); everything not in it must be refused. */
    private static final Map<CircularStatus, Map<CircularAction, Optional<CircularStatus>>> LEGAL = Map.of(
            DRAFT, Map.of(EDIT, Optional.of(DRAFT), DISCARD, Optional.empty(), ISSUE, Optional.of(ISSUED)),
            ISSUED, Map.of(CORRECT, Optional.of(ISSUED), REMIND, Optional.of(ISSUED), WITHDRAW, Optional.of(WITHDRAWN)),
            WITHDRAWN, Map.of());

    /** The message each refused action has always shown. */
    private static final Map<CircularAction, String> REFUSAL = Map.of(
            EDIT, "circular.error.notDraft", DISCARD, "circular.error.notDraft", ISSUE, "circular.error.alreadyIssued",
            CORRECT, "circular.error.notIssued", REMIND, "circular.error.notIssued", WITHDRAW, "circular.error.notIssued");

    @TestFactory
    Stream<DynamicTest> everyStateAndAction() {
        return Stream.of(CircularStatus.values()).flatMap(state -> Stream.of(CircularAction.values()).map(action ->
                DynamicTest.dynamicTest(state + " --" + action + "-->", () -> {
                    Optional<CircularStatus> expected = LEGAL.get(state).get(action);
                    if (expected != null) {
                        assertThat(CircularLifecycle.next(state, action)).isEqualTo(expected);
                    } else {
                        RuleViolation refused = catchThrowableOfType(RuleViolation.class,
                                () -> CircularLifecycle.next(state, action));
                        assertThat(refused).as("refused").isNotNull();
                        assertThat(refused.messageKey()).isEqualTo(REFUSAL.get(action));
                        assertThat(refused.field()).isNull();
                    }
                })));
    }

    @Test
    void legalActionsFollowTheTable() {
        for (CircularStatus state : CircularStatus.values()) {
            Set<CircularAction> expected = LEGAL.get(state).isEmpty() ? EnumSet.noneOf(CircularAction.class)
                    : EnumSet.copyOf(LEGAL.get(state).keySet());
            assertThat(CircularLifecycle.legalActions(state)).as(state.name()).isEqualTo(expected);
        }
    }

    @Test
    void aCityOpensItsCopyOnceTheCircularIsOutAlsoWhenWithdrawn() {
        assertThat(CircularLifecycle.allows(DRAFT, DeliveryAction.OPEN)).isFalse();
        assertThat(CircularLifecycle.allows(ISSUED, DeliveryAction.OPEN)).isTrue();
        assertThat(CircularLifecycle.allows(WITHDRAWN, DeliveryAction.OPEN)).isTrue();
    }

    @Test
    void receiptsAreAnsweredReopenedAndHandedOverOnlyWhileTheCircularIsInForce() {
        for (DeliveryAction action : EnumSet.of(DeliveryAction.REPLY, DeliveryAction.REOPEN, DeliveryAction.HAND_OVER)) {
            assertThat(Stream.of(CircularStatus.values()).filter(state -> CircularLifecycle.allows(state, action)))
                    .as(action.name()).containsExactly(ISSUED);
        }
    }

    @Test
    void aRefusedCopyActionKeepsItsMessage() {
        assertThat(refusal(WITHDRAWN, DeliveryAction.REPLY)).isEqualTo("receipt.error.withdrawn");
        assertThat(refusal(WITHDRAWN, DeliveryAction.REOPEN)).isEqualTo("receipt.error.noForm");
        assertThat(refusal(DRAFT, DeliveryAction.HAND_OVER)).isEqualTo("circular.error.notIssued");
        CircularLifecycle.require(ISSUED, DeliveryAction.REPLY);
    }

    @Test
    void aCircularIsWrittenIssuedCorrectedAndWithdrawnAndThenStays() {
        CircularStatus state = DRAFT;
        state = CircularLifecycle.next(state, EDIT).orElseThrow();
        state = CircularLifecycle.next(state, ISSUE).orElseThrow();
        state = CircularLifecycle.next(state, CORRECT).orElseThrow();
        state = CircularLifecycle.next(state, WITHDRAW).orElseThrow();
        assertThat(state).isEqualTo(WITHDRAWN);
        assertThat(CircularLifecycle.legalActions(state)).isEmpty();
    }

    private static String refusal(CircularStatus state, DeliveryAction action) {
        return catchThrowableOfType(RuleViolation.class, () -> CircularLifecycle.require(state, action)).messageKey();
    }
}
