package org.citybridge.directory.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.citybridge.directory.CityRef;

/**
 * Finds the city a roster row means: by its GB/T 2260 code, or by its name with or without 市 (西安 is 西安市), or by the
 * start of its name (阿拉善 is 阿拉善盟); a province, in its own column or before the city's name (四川成都), tells apart
 * names that fit several cities. Codes typed into the name column, and names into the code column, are read as meant.
 */
final class CityResolver {

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(壮族|回族|维吾尔)?(自治区|省|市)$");
    private static final int SHORTEST_PREFIX = 2;

    /** The city found, or why none was. */
    record Resolution(CityRef city, RowProblem problem) {
    }

    private final Map<String, CityRef> byCode;
    private final Map<String, List<CityRef>> byName;
    private final List<CityRef> cities;
    private final Map<String, String> provinces;

    CityResolver(List<CityRef> cities) {
        this.cities = cities;
        this.byCode = cities.stream().collect(Collectors.toMap(CityRef::code, Function.identity()));
        this.byName = cities.stream().collect(Collectors.groupingBy(CityRef::name));
        this.provinces = cities.stream().collect(Collectors.toMap(CityRef::provinceCode, CityRef::provinceName, (a, b) -> a));
    }

    Resolution resolve(String codeText, String nameText, String provinceText) {
        String code = codeText;
        String name = nameText;
        if (code.isEmpty() && CODE.matcher(name).matches()) {
            code = name;
            name = "";
        } else if (name.isEmpty() && !code.isEmpty() && !CODE.matcher(code).matches()) {
            name = code;
            code = "";
        }
        if (!code.isEmpty()) {
            return byCode(code, name);
        }
        if (name.isEmpty()) {
            return refused(RosterColumn.CITY_CODE, "import.row.cityRequired");
        }
        Optional<String> province = Optional.empty();
        if (!provinceText.isEmpty()) {
            province = province(provinceText);
            if (province.isEmpty()) {
                return refused(RosterColumn.PROVINCE, "import.row.unknownProvince", provinceText);
            }
        }
        return byName(name, province);
    }

    private Resolution byCode(String code, String name) {
        CityRef city = byCode.get(code);
        if (city == null) {
            return refused(RosterColumn.CITY_CODE, "import.row.unknownCity", code);
        }
        if (!name.isEmpty() && !name.equals(city.name()) && !(name + "市").equals(city.name())) {
            return refused(RosterColumn.CITY_NAME, "import.row.cityNameMismatch", name, code, city.name());
        }
        return new Resolution(city, null);
    }

    private Resolution byName(String name, Optional<String> province) {
        List<CityRef> found = exactly(name);
        Optional<String> within = province;
        if (found.isEmpty()) {
            for (Map.Entry<String, String> known : provinces.entrySet()) {
                String prefix = provincePrefix(name, known.getValue());
                if (prefix != null && province.map(known.getKey()::equals).orElse(true)) {
                    found = exactly(name.substring(prefix.length()));
                    found = found.isEmpty() ? startingWith(name.substring(prefix.length())) : found;
                    within = Optional.of(known.getKey());
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            found = startingWith(name);
        }
        Optional<String> provinceCode = within;
        List<CityRef> inProvince = found.stream().filter(city -> provinceCode.map(city.provinceCode()::equals).orElse(true)).toList();
        if (inProvince.size() == 1) {
            return new Resolution(inProvince.get(0), null);
        }
        if (inProvince.isEmpty()) {
            return refused(RosterColumn.CITY_NAME, "import.row.unknownCityName", name);
        }
        String choices = inProvince.stream().map(city -> city.name() + "（" + city.provinceName() + "）")
                .collect(Collectors.joining("、"));
        return refused(RosterColumn.CITY_NAME, "import.row.ambiguousCity", name, choices);
    }

    private List<CityRef> exactly(String name) {
        return byName.getOrDefault(name, byName.getOrDefault(name + "市", List.of()));
    }

    private List<CityRef> startingWith(String name) {
        return name.length() < SHORTEST_PREFIX ? List.of()
                : cities.stream().filter(city -> city.name().startsWith(name)).toList();
    }

    /** The province's name as it starts the text, in full (四川省) or short (四川), and not the whole text. */
    private static String provincePrefix(String text, String province) {
        String brief = PROVINCE_SUFFIX.matcher(province).replaceFirst("");
        return Arrays.asList(province, brief).stream()
                .filter(prefix -> text.startsWith(prefix) && text.length() > prefix.length()).findFirst().orElse(null);
    }

    private Optional<String> province(String text) {
        List<String> codes = provinces.entrySet().stream().filter(province -> {
            String full = province.getValue();
            return full.equals(text) || full.equals(text + "省") || full.equals(text + "市")
                    || (text.length() >= SHORTEST_PREFIX && full.startsWith(text));
        }).map(Map.Entry::getKey).toList();
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    private static Resolution refused(RosterColumn column, String messageKey, Object... args) {
        return new Resolution(null, new RowProblem(column, messageKey, args));
    }
}
