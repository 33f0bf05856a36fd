package org.citybridge.platform.shell;

import java.util.List;

import org.citybridge.platform.shell.BackOfficeMenu.Group;
import org.citybridge.platform.shell.BackOfficeMenu.Menu;
import org.citybridge.platform.shell.BackOfficeMenu.Section;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role sees the sections the top bar showed it before, grouped by work; a path lies in its longest section. */
class BackOfficeMenuTest {

    private final BackOfficeMenu menu = new BackOfficeMenu();

    @Test
    void theAdministratorSeesEveryGroupWithTheSystemSections() {
        Menu admin = menu.at(actor(Role.ADMIN), "/admin");

        assertThat(admin.groups()).extracting(Group::labelKey).containsExactly("nav.group.directory", "nav.group.work",
                "nav.group.information", "nav.group.meetings", "nav.group.evaluation", "nav.group.system");
        assertThat(ids(admin)).containsExactly("nav-cities", "nav-people", "nav-import", "nav-circulars", "nav-tasks",
                "nav-submissions", "nav-submission-stats", "nav-portal", "nav-portal-site", "nav-events", "nav-evaluations",
                "nav-users", "nav-audit", "nav-mail");
        assertThat(admin.atHome()).isTrue();
    }

    @Test
    void theSiteSettingsAreTheAdministratorsSectionOfThePortal() {
        Menu admin = menu.at(actor(Role.ADMIN), "/admin/portal/site");
        assertThat(admin.currentSection().id()).isEqualTo("nav-portal-site");
        assertThat(admin.ariaCurrent(admin.currentSection())).isEqualTo("page");
        assertThat(menu.at(actor(Role.ADMIN), "/admin/portal/articles").currentSection().id()).isEqualTo("nav-portal");
        assertThat(ids(menu.at(actor(Role.STAFF), "/admin"))).contains("nav-portal").doesNotContain("nav-portal-site");
    }

    @Test
    void staffSeeNoSystemGroupAndReviewReports() {
        Menu staff = menu.at(actor(Role.STAFF), "/admin/submissions/review");

        assertThat(ids(staff)).doesNotContain("nav-users", "nav-audit", "nav-mail");
        assertThat(staff.currentSection().id()).isEqualTo("nav-submissions");
        assertThat(staff.atSection()).isTrue();
    }

    @Test
    void aProvinceCoordinatorFollowsCitiesButNeitherPeopleNorThePortal() {
        assertThat(ids(menu.at(new Actor("p", Role.PROVINCE, null, "510000", null), "/admin"))).containsExactly("nav-cities",
                "nav-circulars", "nav-tasks", "nav-submission-stats", "nav-events", "nav-evaluations");
    }

    @Test
    void aLiaisonSeesTheirCityThemselvesTheInboxAndTheirReports() {
        Menu liaison = menu.at(new Actor("l", Role.LIAISON, "510100", "510000", 7L), "/admin/cities/510100");

        assertThat(ids(liaison)).containsExactly("nav-my-city", "nav-me", "nav-inbox", "nav-tasks", "nav-submissions",
                "nav-events", "nav-evaluations");
        assertThat(liaison.currentSection().href()).isEqualTo("/admin/cities/510100");
        assertThat(liaison.ariaCurrent(liaison.currentSection())).isEqualTo("page");
        assertThat(liaison.currentGroup().labelKey()).isEqualTo("nav.group.directory");
    }

    @Test
    void editorsAndCheckInStaffSeeOnlyTheirWork() {
        assertThat(ids(menu.at(actor(Role.EDITOR), "/admin"))).containsExactly("nav-portal");
        Menu checkIn = menu.at(actor(Role.CHECKIN), "/events/12/check-in");
        assertThat(ids(checkIn)).containsExactly("nav-check-in");
        assertThat(checkIn.currentSection().id()).isEqualTo("nav-check-in");
    }

    @Test
    void aPageBelongsToTheLongestSectionHoldingIt() {
        Menu stats = menu.at(actor(Role.STAFF), "/admin/submissions/stats");
        assertThat(stats.currentSection().id()).isEqualTo("nav-submission-stats");

        Menu report = menu.at(actor(Role.STAFF), "/admin/submissions/42");
        assertThat(report.currentSection().id()).isEqualTo("nav-submissions");
        assertThat(report.atSection()).isFalse();
        assertThat(report.ariaCurrent(report.currentSection())).isEqualTo("true");
        assertThat(report.ariaCurrent(stats.currentSection())).isNull();
    }

    @Test
    void aPathMerelyStartingLikeASectionIsNotInIt() {
        assertThat(menu.at(actor(Role.STAFF), "/admin/citiesx").currentSection()).isNull();
        assertThat(menu.at(actor(Role.STAFF), "/admin/account").currentGroup().labelKey()).isEqualTo("nav.group.account");
    }

    private static Actor actor(Role role) {
        return new Actor("u", role, null, null, null);
    }

    private static List<String> ids(Menu menu) {
        return menu.groups().stream().flatMap(group -> group.sections().stream()).map(Section::id).toList();
    }
}
