package org.citybridge.directory.bulk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BulkOperation.ImportMembers;
import org.citybridge.directory.bulk.BulkOperation.RemoveTag;
import org.citybridge.directory.bulk.BulkOperation.SetMembership;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class BulkPlannerTest {

    private static final LocalDate OLD = LocalDate.of(2010, 1, 1);
    private static final CityState MEMBER = new CityState("1", "甲市", "省", Membership.MEMBER, OLD, Set.of("东部"));
    private static final CityState SUSPENDED = new CityState("2", "乙市", "省", Membership.SUSPENDED, OLD, Set.of());
    private static final CityState NONE = new CityState("3", "丙市", "省", Membership.NONE, null, Set.of("东部"));

    @Test
    void suspendingKeepsTheMemberSinceDateAndLeavingDropsIt() {
        BulkPlan suspend = BulkPlanner.plan(new SetMembership(Membership.SUSPENDED, null), List.of(MEMBER, SUSPENDED, NONE));
        BulkPlan leave = BulkPlanner.plan(new SetMembership(Membership.NONE, LocalDate.of(2025, 1, 1)), List.of(MEMBER));

        assertThat(suspend.changes()).extracting(CityLine::to).containsExactly(
                CityValue.membership(Membership.SUSPENDED, OLD), CityValue.membership(Membership.SUSPENDED, null));
        assertThat(suspend.unchanged()).extracting(CityLine::cityCode).containsExactly("2");
        assertThat(leave.changes().get(0).to()).isEqualTo(CityValue.membership(Membership.NONE, null));
    }

    @Test
    void makingCitiesMembersGivesTheDateToThoseThatJoinAndASuspendedCityItsOwnAgain() {
        LocalDate given = LocalDate.of(2025, 1, 1);
        BulkPlan join = BulkPlanner.plan(new SetMembership(Membership.MEMBER, given), List.of(MEMBER, SUSPENDED, NONE));

        assertThat(join.changes()).extracting(CityLine::cityCode, CityLine::to).containsExactly(
                tuple("2", CityValue.membership(Membership.MEMBER, OLD)),
                tuple("3", CityValue.membership(Membership.MEMBER, given)));
        assertThat(join.unchanged()).extracting(CityLine::cityCode).containsExactly("1");
    }

    @Test
    void removingATagChangesOnlyTheCitiesThatHaveIt() {
        BulkPlan plan = BulkPlanner.plan(new RemoveTag("东部"), List.of(MEMBER, SUSPENDED, NONE));

        assertThat(plan.changes()).extracting(CityLine::cityCode).containsExactly("1", "3");
        assertThat(plan.unchanged()).extracting(CityLine::cityCode).containsExactly("2");
    }

    @Test
    void anImportSetsTheListsDateAndASuspensionWithoutDateKeepsTheCitysOwn() {
        LocalDate listed = LocalDate.of(2024, 5, 20);
        BulkPlan plan = BulkPlanner.plan(new ImportMembers(Map.of(
                "1", CityValue.membership(Membership.MEMBER, listed),
                "2", CityValue.membership(Membership.SUSPENDED, null))), List.of(MEMBER, SUSPENDED));

        assertThat(plan.changes()).extracting(CityLine::to).containsExactly(CityValue.membership(Membership.MEMBER, listed));
        assertThat(plan.unchanged()).extracting(CityLine::cityCode).containsExactly("2");
    }

    @Test
    void theFingerprintIsTheSameForTheSameChangesOnly() {
        SetMembership join = new SetMembership(Membership.MEMBER, LocalDate.of(2025, 1, 1));

        assertThat(BulkPlanner.plan(join, List.of(SUSPENDED, NONE)).fingerprint())
                .isEqualTo(BulkPlanner.plan(join, List.of(SUSPENDED, NONE)).fingerprint())
                .isNotEqualTo(BulkPlanner.plan(join, List.of(NONE)).fingerprint());
    }
}
