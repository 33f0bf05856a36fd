package org.citybridge.directory;

import java.util.List;

import org.citybridge.shared.RuleViolation;

/** The hand-picked list as staff typed it, each name understood once ({@link TargetResolver#typed}). */
public record TypedCities(List<PickedName> names) {

    public TypedCities {
        names = List.copyOf(names);
    }

    /** The codes of the cities named, or why some name no single city (field {@code pickedCities}). */
    public List<String> codes() {
        RuleViolation problem = problem();
        if (problem != null) {
            throw problem;
        }
        return resolvedCodes();
    }

    /** The codes of the names that name one city, leaving out the others. */
    public List<String> resolvedCodes() {
        return names.stream().filter(PickedName::resolved).map(n -> n.city().code()).toList();
    }

    /** Why some typed names name no single city, or null when every name does. */
    public RuleViolation problem() {
        List<String> unknown = names.stream().filter(n -> !n.resolved()).map(PickedName::typed).toList();
        return unknown.isEmpty() ? null
                : new RuleViolation("pickedCities", "targets.error.unknownCities", String.join("、", unknown));
    }

    /** The names worth telling staff how they were understood. */
    public List<PickedName> worthShowing() {
        return names.stream().filter(PickedName::worthShowing).toList();
    }
}
