package org.citybridge.accounts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citybridge.shared.Role;
import org.citybridge.shared.RuleRefusal;
import org.citybridge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** The rules of assigning province coordinators and of undoing a batch, without Spring. */
class CoordinatorPlannerTest {

    private static final Map<String, String> PROVINCES = Map.of("410000", "河南省", "520000", "贵州省", "530000", "云南省");
    private static final AccountView ZHANG = account(1, "zhangsan", Role.PROVINCE, "410000", true);
    private static final AccountView LI = account(2, "lisi", Role.PROVINCE, "530000", true);
    private static final AccountView STAFF = account(3, "staff", Role.STAFF, null, true);
    private static final AccountView OFF = account(4, "off", Role.PROVINCE, "530000", false);
    private static final Map<Long, AccountView> ACCOUNTS = Map.of(1L, ZHANG, 2L, LI, 3L, STAFF, 4L, OFF);

    @Test
    void eachChosenAccountMovesToItsProvinceAndOneAlreadyThereIsUnchanged() {
        CoordinatorPlan plan = CoordinatorPlanner.plan(List.of(new CoordinatorChoice("520000", 1L),
                new CoordinatorChoice("530000", 2L), new CoordinatorChoice("410000", null)), ACCOUNTS, PROVINCES);

        assertThat(plan.changes()).extracting(CoordinatorLine::username, CoordinatorLine::fromProvinceName, CoordinatorLine::toProvinceName)
                .containsExactly(tuple("zhangsan", "河南省", "贵州省"));
        assertThat(plan.unchanged()).extracting(CoordinatorLine::username).containsExactly("lisi");
        assertThat(plan.applicable()).isTrue();
        assertThat(plan.fingerprint()).isEqualTo(CoordinatorPlanner.plan(List.of(new CoordinatorChoice("520000", 1L)),
                ACCOUNTS, PROVINCES).fingerprint());
    }

    @Test
    void everyBadChoiceIsRefusedOnItsOwnField() {
        RuleRefusal refused = catchThrowableOfType(RuleRefusal.class, () -> CoordinatorPlanner.plan(List.of(
                new CoordinatorChoice("999999", 1L), new CoordinatorChoice("520000", 1L), new CoordinatorChoice("530000", 1L),
                new CoordinatorChoice("410000", 3L), new CoordinatorChoice("520000", 2L)), ACCOUNTS, PROVINCES));

        assertThat(refused.violations()).extracting(RuleViolation::field, RuleViolation::messageKey).containsExactly(
                tuple("choices[0].provinceCode", "coordinators.error.unknownProvince"),
                tuple("choices[2].accountId", "coordinators.error.accountTwice"),
                tuple("choices[3].accountId", "coordinators.error.notCoordinator"),
                tuple("choices[4].provinceCode", "coordinators.error.provinceTwice"));
    }

    @Test
    void unknownAndDisabledAccountsAreRefusedAndAFormWithoutChoiceSaysSo() {
        RuleRefusal refused = catchThrowableOfType(RuleRefusal.class, () -> CoordinatorPlanner.plan(List.of(
                new CoordinatorChoice("520000", 99L), new CoordinatorChoice("530000", 4L)), ACCOUNTS, PROVINCES));
        assertThat(refused.violations()).extracting(RuleViolation::messageKey)
                .containsExactly("coordinators.error.unknownAccount", "coordinators.error.disabled");

        RuleRefusal nothing = catchThrowableOfType(RuleRefusal.class, () -> CoordinatorPlanner.plan(List.of(
                new CoordinatorChoice("520000", null)), ACCOUNTS, PROVINCES));
        assertThat(nothing.violations()).extracting(RuleViolation::messageKey).containsExactly("coordinators.error.nothingChosen");
    }

    @Test
    void anUndoRestoresTheFormerProvinceUnlessTheAccountMovedSince() {
        CoordinatorBatchDetails batch = new CoordinatorBatchDetails(new CoordinatorBatchView(7, null, null, "admin", Instant.EPOCH, 2),
                List.of(new CoordinatorLine(1, "zhangsan", "zhangsan", "520000", "贵州省", "410000", "河南省"),
                        new CoordinatorLine(2, "lisi", "lisi", "410000", "河南省", "520000", "贵州省")));

        CoordinatorPlan undo = CoordinatorPlanner.undo(batch, ACCOUNTS, PROVINCES);

        assertThat(undo.undoOf()).isEqualTo(7);
        assertThat(undo.changes()).extracting(CoordinatorLine::username, CoordinatorLine::toProvince)
                .containsExactly(tuple("zhangsan", "520000"));
        assertThat(undo.conflicts()).extracting(CoordinatorLine::username, CoordinatorLine::fromProvinceName, CoordinatorLine::toProvinceName)
                .containsExactly(tuple("lisi", "云南省", "贵州省"));
        assertThat(undo.applicable()).isFalse();
    }

    private static AccountView account(long id, String username, Role role, String province, boolean enabled) {
        return new AccountView(id, username, username, role, null, province, null, null, "zh-CN", enabled, Instant.EPOCH, 0, null,
                PROVINCES.get(province == null ? "" : province), null);
    }
}
