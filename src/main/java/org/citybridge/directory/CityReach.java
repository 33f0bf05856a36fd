package org.citybridge.directory;

import java.util.List;
import java.util.function.Function;

import org.citybridge.shared.RuleViolation;
import org.springframework.ui.Model;

/**
 * What the city picker shows under a form (fragments/city-targets :: reach): how the typed names were understood, and
 * the cities the chosen targets reach by province, or why they reach none.
 */
public record CityReach(List<PickedName> shownNames, List<CityRef> cities, RuleViolation problem) {

    /**
     * The reach of a form's targets. {@code reachOf} gets the codes of the typed names that name a city and asks the
     * owning module (which checks the caller); a typed name that names no city is the problem shown, before any other.
     */
    public static CityReach of(TypedCities typed, Function<List<String>, List<CityRef>> reachOf) {
        List<CityRef> cities;
        RuleViolation problem = typed.problem();
        try {
            cities = reachOf.apply(typed.resolvedCodes());
        } catch (RuleViolation violation) {
            cities = List.of();
            problem = problem == null ? violation : problem;
        }
        return new CityReach(typed.worthShowing(), problem == null ? cities : List.of(), problem);
    }

    /** The reach of targets already chosen (a saved draft): no typed names to explain. */
    public static CityReach of(Function<List<String>, List<CityRef>> reachOf) {
        return of(new TypedCities(List.of()), reachOf);
    }

    public void addTo(Model model) {
        model.addAttribute("pickedNames", shownNames);
        if (problem == null) {
            model.addAttribute("reach", cities.size());
            model.addAttribute("reachedCities", ProvinceCities.of(cities));
        } else {
            model.addAttribute("reachProblem", problem.messageKey());
            model.addAttribute("reachArgs", problem.args());
        }
    }
}
