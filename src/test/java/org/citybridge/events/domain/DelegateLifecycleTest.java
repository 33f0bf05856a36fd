package org.citybridge.events.domain;

import java.util.List;

import org.citybridge.events.domain.DelegateState;
import org.citybridge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citybridge.events.domain.DelegateState.CANCELLED;
import static org.citybridge.events.domain.DelegateState.REGISTERED;
import static org.citybridge.events.domain.DelegateState.WAITLISTED;

/** The delegate lifecycle without Spring: admission, cancellation, promotion in waitlist order, and the city quota. */
class DelegateLifecycleTest {

    @Test
    void aNewDelegateGetsAPlaceWhileOneIsFreeAndTheWaitlistAfterwards() {
        assertThat(DelegateLifecycle.admit(0, 1)).isEqualTo(REGISTERED);
        assertThat(DelegateLifecycle.admit(129, 130)).isEqualTo(REGISTERED);
        assertThat(DelegateLifecycle.admit(130, 130)).isEqualTo(WAITLISTED);
        assertThat(DelegateLifecycle.admit(131, 130)).as("over capacity after a change").isEqualTo(WAITLISTED);
    }

    @Test
    void registeredAndWaitlistedDelegatesMayBeCancelledOnce() {
        assertThat(DelegateLifecycle.cancel(REGISTERED)).isEqualTo(CANCELLED);
        assertThat(DelegateLifecycle.cancel(WAITLISTED)).isEqualTo(CANCELLED);
        assertThatThrownBy(() -> DelegateLifecycle.cancel(CANCELLED)).isInstanceOf(RuleViolation.class)
                .hasMessage(DelegateLifecycle.ILLEGAL);
    }

    @Test
    void onlyAWaitlistedDelegateIsPromoted() {
        assertThat(DelegateLifecycle.promote(WAITLISTED)).isEqualTo(REGISTERED);
        for (DelegateState state : List.of(REGISTERED, CANCELLED)) {
            assertThatThrownBy(() -> DelegateLifecycle.promote(state)).as(state.name()).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void theFreePlacesGoToTheFirstOfTheWaitlistInItsOrder() {
        List<String> waitlist = List.of("甲", "乙", "丙");
        assertThat(DelegateLifecycle.promotions(10, 10, waitlist)).isEmpty();
        assertThat(DelegateLifecycle.promotions(10, 9, waitlist)).containsExactly("甲");
        assertThat(DelegateLifecycle.promotions(10, 8, waitlist)).containsExactly("甲", "乙");
        assertThat(DelegateLifecycle.promotions(10, 0, waitlist)).containsExactly("甲", "乙", "丙");
        assertThat(DelegateLifecycle.promotions(10, 12, waitlist)).as("over capacity").isEmpty();
        assertThat(DelegateLifecycle.promotions(10, 5, List.of())).isEmpty();
    }

    @Test
    void aDelegationOverTheCityQuotaIsRefusedNamingTheQuota() {
        assertThat(DelegateLifecycle.quotaProblem(null, 500)).isEmpty();
        assertThat(DelegateLifecycle.quotaProblem(3, 3)).isEmpty();
        RuleViolation refused = DelegateLifecycle.quotaProblem(3, 4).orElseThrow();
        assertThat(refused.field()).isEqualTo("delegates");
        assertThat(refused.messageKey()).isEqualTo(DelegateLifecycle.OVER_QUOTA);
        assertThat(refused.args()).containsExactly(3, 4);
    }
}
