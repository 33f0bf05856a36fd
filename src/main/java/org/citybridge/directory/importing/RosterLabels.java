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

    static Optional<Gender> gender(String label) {
        return find(GENDERS, label);
    }

    static Optional<LiaisonRole> role(String label) {
        return find(ROLES, label);
    }

    private static <T> Optional<T> find(Map<T, String> labels, String label) {
        return labels.entrySet().stream().filter(entry -> entry.getValue().equals(label)).map(Map.Entry::getKey).findFirst();
    }
}
