package org.citybridge.platform.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The back office's sidebar: its sections grouped by work, each shown to the roles that may open it, and where a path
 * lies in it (for the breadcrumbs and the current section). The layout asks it as {@code @backOfficeMenu}.
 */
@Component("backOfficeMenu")
public class BackOfficeMenu {

    /** Where pages outside every group of the sidebar lie: the signed-in user's own account. */
    private static final Group ACCOUNT = new Group("nav.group.account",
            List.of(new Section("nav-account", "nav.account", "/admin/account", "/admin/account")));

    /** The sidebar for this user, opened at this path. */
    public Menu at(Actor actor, String path) {
        List<Group> groups = groupsFor(actor);
        List<Group> places = new ArrayList<>(groups);
        places.add(ACCOUNT);
        Optional<Place> here = places.stream()
                .flatMap(group -> group.sections().stream().filter(section -> section.holds(path)).map(section -> new Place(group, section)))
                .max(Comparator.comparingInt(place -> place.section().prefix().length()));
        return new Menu(groups, here.map(Place::group).orElse(null), here.map(Place::section).orElse(null),
                here.map(place -> place.section().href().equals(path)).orElse(false), "/admin".equals(path));
    }

    static List<Group> groupsFor(Actor actor) {
        Role role = actor.role();
        boolean secretariat = actor.isSecretariat();
        boolean province = role == Role.PROVINCE;
        boolean liaison = role == Role.LIAISON;
        boolean followsCities = secretariat || province;
        List<Group> groups = new ArrayList<>();
        add(groups, "nav.group.directory",
                when(followsCities, new Section("nav-cities", "nav.cities", "/admin/cities", "/admin/cities")),
                when(liaison, new Section("nav-my-city", "nav.myCity", "/admin/cities/" + actor.cityCode(), "/admin/cities")),
                when(liaison && actor.personId() != null,
                        new Section("nav-me", "nav.myContact", "/admin/people/" + actor.personId(), "/admin/people")),
                when(secretariat, new Section("nav-people", "nav.people", "/admin/people", "/admin/people")),
                when(secretariat, new Section("nav-import", "nav.import", "/admin/roster/import", "/admin/roster")));
        add(groups, "nav.group.work",
                when(followsCities, new Section("nav-circulars", "nav.circulars", "/admin/circulars", "/admin/circulars")),
                when(liaison, new Section("nav-inbox", "nav.inbox", "/admin/inbox", "/admin/inbox")),
                when(followsCities, new Section("nav-tasks", "nav.tasks", "/admin/tasks", "/admin/tasks")),
                when(liaison, new Section("nav-tasks", "nav.myTasks", "/admin/tasks", "/admin/tasks")));
        add(groups, "nav.group.information",
                when(liaison, new Section("nav-submissions", "nav.submissions", "/admin/submissions", "/admin/submissions")),
                when(secretariat, new Section("nav-submissions", "nav.submissions", "/admin/submissions/review", "/admin/submissions")),
                when(followsCities, new Section("nav-submission-stats", "nav.submissionStats", "/admin/submissions/stats",
                        "/admin/submissions/stats")),
                when(secretariat || role == Role.EDITOR, new Section("nav-portal", "nav.portal", "/admin/portal/articles", "/admin/portal")),
                when(role == Role.ADMIN, new Section("nav-portal-site", "nav.portalSite", "/admin/portal/site", "/admin/portal/site")));
        add(groups, "nav.group.meetings",
                when(followsCities || liaison, new Section("nav-events", "nav.events", "/admin/events", "/admin/events")),
                when(role == Role.CHECKIN, new Section("nav-check-in", "nav.checkIn", "/events/check-in", "/events/")));
        add(groups, "nav.group.evaluation",
                when(followsCities || liaison, new Section("nav-evaluations", "nav.evaluations", "/admin/evaluations", "/admin/evaluations")));
        add(groups, "nav.group.system",
                when(role == Role.ADMIN, new Section("nav-users", "nav.users", "/admin/users", "/admin/users")),
                when(role == Role.ADMIN, new Section("nav-audit", "nav.audit", "/admin/audit", "/admin/audit")),
                when(role == Role.ADMIN, new Section("nav-mail", "nav.mail", "/admin/mail", "/admin/mail")));
        return groups;
    }

    private static Section when(boolean shown, Section section) {
        return shown ? section : null;
    }

    private static void add(List<Group> groups, String labelKey, Section... sections) {
        List<Section> shown = Arrays.stream(sections).filter(Objects::nonNull).toList();
        if (!shown.isEmpty()) {
            groups.add(new Group(labelKey, shown));
        }
    }

    /** A page of the sidebar: {@code prefix} is the start of the paths of the pages that belong to it. */
    public record Section(String id, String labelKey, String href, String prefix) {

        boolean holds(String path) {
            return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
        }
    }

    public record Group(String labelKey, List<Section> sections) {
    }

    private record Place(Group group, Section section) {
    }

    /**
     * The sidebar as one user sees it at one path: the group and section the page belongs to (none for the dashboard
     * and pages of no section), and whether the page is the section's own.
     */
    public record Menu(List<Group> groups, Group currentGroup, Section currentSection, boolean atSection, boolean atHome) {

        /** {@code page} for the link to this very page, {@code true} for the section holding it, else none. */
        public String ariaCurrent(Section section) {
            if (!section.equals(currentSection)) {
                return null;
            }
            return atSection ? "page" : "true";
        }
    }
}
