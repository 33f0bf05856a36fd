package org.citybridge.events;

import java.time.Clock;
import java.util.List;

import org.citybridge.events.domain.DelegateEntry;
import org.citybridge.events.domain.DelegateRole;
import org.citybridge.events.domain.DelegateState;
import org.citybridge.events.domain.DelegateView;
import org.citybridge.events.domain.DelegationAnswer;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.Diet;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.Lodging;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.citybridge.events.domain.DelegateState.CANCELLED;
import static org.citybridge.events.domain.DelegateState.REGISTERED;
import static org.citybridge.events.domain.DelegateState.WAITLISTED;
import static org.citybridge.events.EventTesting.delegation;
import static org.citybridge.events.EventTesting.named;
import static org.citybridge.events.EventTesting.resend;

/**
 * Registration, capacity, quota and the waitlist through the real services on PostgreSQL: Mianyang (510700) and
 * Deyang (510600) in Sichuan, Zhuhai (440400) in Guangdong.
 */
@IntegrationTest
class EventRegistrationTests {

    private static final String MIANYANG = "510700";
    private static final String DEYANG = "510600";
    private static final String ZHUHAI = "440400";

    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    EventQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private EventTesting events;
    private static Actor mianyang;
    private static Actor deyang;
    private static Actor zhuhai;

    @BeforeEach
    void liaisons() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (mianyang == null) {
            mianyang = events.liaison(MIANYANG);
            deyang = events.liaison(DEYANG);
            zhuhai = events.liaison(ZHUHAI);
        }
    }

    @Test
    void overCapacityADelegateIsWaitlistedAndACancellationPromotesTheFirstInLineAndMailsItsCity() {
        long event = events.openEvent("候补测试会议", 3, null);
        DelegationView first = events.register(mianyang, event, MIANYANG, delegation("绵阳甲", "绵阳乙"));
        assertThat(first.delegates()).extracting(DelegateView::state).containsExactly(REGISTERED, REGISTERED);

        DelegationView second = events.register(deyang, event, DEYANG, delegation("德阳甲", "德阳乙", "德阳丙"));
        assertThat(second.delegates()).extracting(DelegateView::state).containsExactly(REGISTERED, WAITLISTED, WAITLISTED);
        assertThat(second.delegates()).extracting(DelegateView::waitlistRank).containsExactly(null, 1, 2);
        DelegationView third = events.register(zhuhai, event, ZHUHAI, delegation("珠海甲"));
        assertThat(named(third, "珠海甲").waitlistRank()).isEqualTo(3);

        long mailsBefore = promotionMails();
        DelegationView afterCancel = EventTesting.as(mianyang,
                () -> registering.cancel(event, MIANYANG, named(first, "绵阳乙").id()));
        assertThat(named(afterCancel, "绵阳乙").state()).isEqualTo(CANCELLED);

        DelegationView promoted = EventTesting.as(deyang, () -> queries.delegation(event, DEYANG));
        assertThat(promoted.delegates()).extracting(DelegateView::state).containsExactly(REGISTERED, REGISTERED, WAITLISTED);
        assertThat(named(promoted, "德阳丙").waitlistRank()).isEqualTo(1);
        assertThat(promotionMails()).isEqualTo(mailsBefore + 1);
        assertThat(events.count("SELECT count(*) FROM mail_outbox WHERE topic = 'event-promoted' AND recipient = ? AND body LIKE ?",
                events.email(deyang), "%德阳乙%")).isEqualTo(1);
        assertThat(events.count("SELECT count(*) FROM event_delegate_change c JOIN event_delegate d ON d.id = c.delegate_id "
                + "WHERE d.event_id = ? AND c.from_state = 'WAITLISTED' AND c.to_state = 'REGISTERED'", event)).isEqualTo(1);
        assertThat(EventTesting.as(EventTesting.staff(), () -> queries.event(event))).extracting(EventView::registered, EventView::waitlisted)
                .containsExactly(3, 2);
    }

    @Test
    void leavingADelegateOutOfTheListCancelsItAndItsPlaceGoesToTheWaitlistBeforeAnyNewDelegate() {
        long event = events.openEvent("修改名单测试", 2, null);
        DelegationView own = events.register(mianyang, event, MIANYANG, delegation("绵阳甲", "绵阳乙"));
        events.register(zhuhai, event, ZHUHAI, delegation("珠海候补"));

        DelegationEntry swapped = new DelegationEntry(null, List.of(EventTesting.entry(named(own, "绵阳甲")),
                EventTesting.delegate("绵阳新人")));
        DelegationView amended = events.register(mianyang, event, MIANYANG, swapped);

        assertThat(named(amended, "绵阳乙").state()).isEqualTo(CANCELLED);
        assertThat(named(amended, "绵阳新人").state()).as("the freed place went to the waitlist first").isEqualTo(WAITLISTED);
        assertThat(named(EventTesting.as(zhuhai, () -> queries.delegation(event, ZHUHAI)), "珠海候补").state()).isEqualTo(REGISTERED);
    }

    @Test
    void amendingAWaitlistedDelegateKeepsItsTurnAndADeclineCancelsEveryone() {
        long event = events.openEvent("修改候补测试", 1, null);
        events.register(zhuhai, event, ZHUHAI, delegation("珠海甲"));
        DelegationView waiting = events.register(deyang, event, DEYANG, delegation("德阳甲", "德阳乙"));
        var changed = EventTesting.entry(named(waiting, "德阳乙"));
        var renamed = new DelegateEntry(changed.id(), "德阳乙（改）", changed.gender(), "处长", changed.unit(),
                changed.mobile(), Diet.HALAL, null, DelegateRole.GUEST, null, null, null, null, null, null, null, null,
                Lodging.SINGLE, null, List.of());
        DelegationView amended = events.register(deyang, event, DEYANG,
                new DelegationEntry(null, List.of(EventTesting.entry(named(waiting, "德阳甲")), renamed)));
        DelegateView kept = named(amended, "德阳乙（改）");
        assertThat(kept.id()).isEqualTo(changed.id());
        assertThat(kept.state()).isEqualTo(WAITLISTED);
        assertThat(kept.waitlistRank()).isEqualTo(2);
        assertThat(kept.diet()).isEqualTo(Diet.HALAL);
        assertThat(kept.lodging()).isEqualTo(Lodging.SINGLE);

        DelegationView declined = events.register(deyang, event, DEYANG, new DelegationEntry(DelegationAnswer.DECLINED, List.of()));
        assertThat(declined.answer()).isEqualTo(DelegationAnswer.DECLINED);
        assertThat(declined.delegates()).extracting(DelegateView::state).containsOnly(CANCELLED);
    }

    @Test
    void aDelegationOverTheCityQuotaIsRefusedNamingTheQuotaAndNothingIsSaved() {
        long event = events.openEvent("名额测试", 100, 2);
        long delegatesBefore = events.count("SELECT count(*) FROM event_delegate");
        RuleRefusal refused = catchThrowableOfType(RuleRefusal.class,
                () -> events.register(mianyang, event, MIANYANG, delegation("甲", "乙", "丙")));
        assertThat(refused.violations()).extracting(RuleViolation::messageKey).containsExactly("event.error.overQuota");
        assertThat(refused.violations().get(0).args()).containsExactly(2, 3);
        assertThat(events.count("SELECT count(*) FROM event_delegate")).isEqualTo(delegatesBefore);
        assertThat(events.count("SELECT count(*) FROM event_delegation WHERE event_id = ?", event)).isZero();

        DelegationView two = events.register(mianyang, event, MIANYANG, delegation("甲", "乙"));
        assertThatThrownBy(() -> events.register(mianyang, event, MIANYANG, resend(two, EventTesting.delegate("丙"))))
                .isInstanceOf(RuleRefusal.class).hasMessage("event.error.overQuota");
        assertThat(EventTesting.as(mianyang, () -> queries.delegation(event, MIANYANG)).active()).hasSize(2);
    }

    @Test
    void aLiaisonRegistersOnlyItsOwnCityOfAnOpenEventBeforeTheDeadlineAndTheSecretariatOnItsBehalfAfterwards() {
        long draft = fixtures.asAdmin(() -> planning.create(events.draft("草稿会议", 10, null)));
        assertThatThrownBy(() -> events.register(mianyang, draft, MIANYANG, delegation("甲"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> EventTesting.as(mianyang, () -> queries.event(draft))).isInstanceOf(NotFoundException.class);

        long event = events.openEvent("范围测试", 10, null);
        assertThatThrownBy(() -> events.register(mianyang, event, ZHUHAI, delegation("甲"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> EventTesting.as(mianyang, () -> queries.delegation(event, ZHUHAI))).isInstanceOf(NotFoundException.class);
        Actor sichuan = new Actor("sichuan", Role.PROVINCE, null, "510000", null);
        assertThatThrownBy(() -> events.register(sichuan, event, MIANYANG, delegation("甲"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.register(sichuan, event, ZHUHAI, delegation("甲"))).isInstanceOf(NotFoundException.class);
        Actor editor = new Actor("editor", Role.EDITOR, null, null, null);
        assertThatThrownBy(() -> EventTesting.as(editor, () -> queries.event(event))).isInstanceOf(AccessDeniedException.class);

        events.deadlinePassed(event);
        assertThatThrownBy(() -> events.register(mianyang, event, MIANYANG, delegation("甲")))
                .isInstanceOf(RuleViolation.class).hasMessage("event.error.pastDeadline");
        DelegationView late = events.register(EventTesting.staff(), event, MIANYANG, delegation("秘书处代报"));
        assertThat(late.updatedBy()).isEqualTo("staff-events");
        fixtures.asAdmin(() -> planning.changeStatus(event, EventStatus.CLOSED));
        assertThat(events.register(EventTesting.staff(), event, MIANYANG, resend(late, EventTesting.delegate("补报"))).active()).hasSize(2);
        fixtures.asAdmin(() -> planning.changeStatus(event, EventStatus.HELD));
        assertThatThrownBy(() -> events.register(EventTesting.staff(), event, MIANYANG, delegation("甲")))
                .isInstanceOf(RuleViolation.class).hasMessage("event.error.notTakingRegistrations");
    }

    @Test
    void aLargerCapacityPromotesTheWaitlistAndASmallerOneThanTheRegisteredIsRefused() {
        long event = events.openEvent("扩容测试", 1, null);
        events.register(mianyang, event, MIANYANG, delegation("绵阳甲"));
        events.register(zhuhai, event, ZHUHAI, delegation("珠海甲", "珠海乙"));
        EventView view = fixtures.asAdmin(() -> queries.event(event));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            planning.update(event, view.version(), EventTesting.draftOf(view, 0));
            return null;
        })).isInstanceOf(RuleRefusal.class);

        fixtures.asAdmin(() -> {
            planning.update(event, view.version(), EventTesting.draftOf(view, 2));
            return null;
        });
        DelegationView zhuhaiNow = EventTesting.as(zhuhai, () -> queries.delegation(event, ZHUHAI));
        assertThat(zhuhaiNow.delegates()).extracting(DelegateView::state).containsExactly(REGISTERED, WAITLISTED);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
            planning.update(event, view.version(), EventTesting.draftOf(view, 5));
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("event.error.stale");
    }

    private long promotionMails() {
        return events.count("SELECT count(*) FROM mail_outbox WHERE topic = 'event-promoted'");
    }
}
