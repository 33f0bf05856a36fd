package org.citybridge.directory.importing;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.citybridge.directory.Gender;
import org.citybridge.directory.LiaisonRole;

/** How the roster sheet writes genders and liaison roles. */
final class RosterLabels {

    private static final Map<Gender, String> GENDERS = Map.of(Gender.MALE, "男", Gender.FEMALE, "女");
    private static final Map<LiaisonRole, String> ROLES = Map.of(LiaisonRole.PRIMARY, "主联络员", LiaisonRole.DEPUTY, "副联络员");

    private RosterLabels() {
    }

    static String of(Gender gender) {
        return gender == null ? "" : GENDERS.get(gender);
    }

    static String of(LiaisonRole role) {
        return ROLES.get(role);
    }

    /** 男 or 女, also written 男性 or 女性. */
    static Optional<Gender> gender(String label) {
        return find(GENDERS, label.endsWith("性") ? label.substring(0, label.length() - 1) : label);
    }

    /** 主联络员 or 副联络员, also written 主, 副 or 主要联络员. */
    static Optional<LiaisonRole> role(String label) {
        String full = switch (label) {
            case "主", "主要联络员" -> ROLES.get(LiaisonRole.PRIMARY);
            case "副" -> ROLES.get(LiaisonRole.DEPUTY);
            default -> label;
        };
        return find(ROLES, full);
    }

    private static <T> Optional<T> find(Map<T, String> labels, String label) {
        return labels.entrySet().stream().filter(entry -> entry.getValue().equals(label)).map(Map.Entry::getKey).findFirst();
    }
}
