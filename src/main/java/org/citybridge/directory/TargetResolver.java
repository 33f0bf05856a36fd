package org.citybridge.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Turns targets (all member cities, by province, level or tag, or hand-picked) into the cities they reach, as they are
 * in the roster today: how circulars and tasks choose their cities alike.
 */
@Component
public class TargetResolver {

    private final CityDirectory directory;

    TargetResolver(CityDirectory directory) {
        this.directory = directory;
    }

    /** @throws RuleViolation on field {@code targets} when the targets name no city or unknown ones */
    public List<CityRef> resolve(Targets targets) {
        if (targets == null || targets.mode() == null) {
            throw new RuleViolation("targets", "targets.error.targetsRequired");
        }
        List<CityRef> cities = switch (targets.mode()) {
            case ALL_MEMBERS -> members(null, null, null);
            case PROVINCES -> {
                if (targets.provinces().isEmpty()) {
                    throw new RuleViolation("targets", "targets.error.provincesRequired");
                }
                List<CityRef> all = new ArrayList<>();
                targets.provinces().forEach(p -> all.addAll(members(p, null, null)));
                yield all;
            }
            case LEVEL -> {
                if (targets.level() == null) {
                    throw new RuleViolation("targets", "targets.error.levelRequired");
                }
                yield members(null, targets.level(), null);
            }
            case TAG -> {
                if (targets.tag() == null || targets.tag().isBlank()) {
                    throw new RuleViolation("targets", "targets.error.tagRequired");
                }
                yield members(null, null, targets.tag());
            }
            case PICKED -> {
                if (targets.cities().isEmpty()) {
                    throw new RuleViolation("targets", "targets.error.citiesRequired");
                }
                yield picked(targets.cities());
            }
        };
        if (cities.isEmpty()) {
            throw new RuleViolation("targets", "targets.error.noCities");
        }
        Map<String, CityRef> unique = new LinkedHashMap<>();
        cities.forEach(c -> unique.putIfAbsent(c.code(), c));
        return List.copyOf(unique.values());
    }

    /** City codes from what staff typed: codes or names, separated by spaces, commas or 、. */
    public List<String> codesOf(String typed) {
        return typed(typed).codes();
    }

    /** What staff typed into the hand-picked list, each name understood once. */
    public TypedCities typed(String typed) {
        return new TypedCities(interpret(typed));
    }

    /**
     * How each typed name or code is understood: a city by code, by name or by name without 市 (朝阳 → 朝阳市); a
     * province's name (辽宁) or a name several cities share names no single city.
     */
    public List<PickedName> interpret(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<CityRef> all = directory.cityRefs(CityFilter.all());
        List<ProvinceView> provinces = directory.provinces();
        List<PickedName> names = new ArrayList<>();
        for (String token : typed.split("[\\s,，、;；]+")) {
            if (token.isBlank()) {
                continue;
            }
            List<CityRef> matches = all.stream().filter(c -> c.code().equals(token) || c.name().equals(token)
                    || c.name().equals(token + "市")).toList();
            if (matches.size() == 1) {
                names.add(new PickedName(token, matches.get(0), null, List.of()));
            } else {
                String province = provinces.stream().filter(p -> p.code().equals(token) || (token.length() > 1 && p.name().startsWith(token)))
                        .map(ProvinceView::name).findFirst().orElse(null);
                names.add(new PickedName(token, null, matches.isEmpty() ? province : null, matches));
            }
        }
        return names;
    }

    private List<CityRef> picked(List<String> codes) {
        List<CityRef> found = directory.cityRefs(codes);
        if (found.size() < codes.stream().distinct().count()) {
            List<String> known = found.stream().map(CityRef::code).toList();
            throw new RuleViolation("targets", "targets.error.unknownCities",
                    String.join("、", codes.stream().filter(c -> !known.contains(c)).toList()));
        }
        return found;
    }

    private List<CityRef> members(String province, CityLevel level, String tag) {
        return directory.cityRefs(new CityFilter(province, level, Membership.MEMBER, tag, null, false));
    }
}
