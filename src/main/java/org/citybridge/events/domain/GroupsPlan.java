package org.citybridge.events.domain;

import java.util.List;

/** The site-visit groups with their delegates (registered and waitlisted), and the registered who joined none. */
public record GroupsPlan(List<GroupPlan> groups, List<Participant> withoutGroup) {

    /** The seats left in all groups. */
    public int seatsLeft() {
        return groups.stream().mapToInt(GroupPlan::seatsLeft).sum();
    }

    /** One group on its bus: its members and the seats left (waitlisted members hold a seat too). */
    public record GroupPlan(VisitGroupView group, List<Participant> members) {

        public int seatsLeft() {
            return Math.max(0, group.capacity() - group.taken());
        }
    }
}
