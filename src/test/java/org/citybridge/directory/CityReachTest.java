package org.citybridge.directory;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CityReachTest {

    private static final CityRef CHENGDU = new CityRef("510100", "成都市", "510000", "四川省");
    private static final CityRef MIANYANG = new CityRef("510700", "绵阳市", "510000", "四川省");

    private static TypedCities typed(PickedName... names) {
        return new TypedCities(List.of(names));
    }

    @Test
    void knownNamesReachTheirCitiesGroupedByProvinceAndShowOnlyCompletedNames() {
        List<List<String>> asked = new ArrayList<>();
        CityReach reach = CityReach.of(typed(new PickedName("成都市", CHENGDU, null, List.of()), new PickedName("绵阳", MIANYANG, null, List.of())),
                codes -> {
                    asked.add(codes);
                    return List.of(CHENGDU, MIANYANG);
                });

        assertThat(asked).containsExactly(List.of("510100", "510700"));
        assertThat(reach.problem()).isNull();
        assertThat(reach.shownNames()).extracting(PickedName::typed).containsExactly("绵阳");
        ExtendedModelMap model = new ExtendedModelMap();
        reach.addTo(model);
        assertThat(model).containsEntry("reach", 2).containsEntry("reachedCities", List.of(new ProvinceCities("四川省", List.of("成都市", "绵阳市"))))
                .doesNotContainKey("reachProblem");
    }

    @Test
    void anUnknownNameIsTheProblemShownEvenWhenTheOwnerAlsoRefusesAndTheOwnerIsStillAsked() {
        List<List<String>> asked = new ArrayList<>();
        CityReach reach = CityReach.of(typed(new PickedName("成都市", CHENGDU, null, List.of()), new PickedName("火星", null, null, List.of())),
                codes -> {
                    asked.add(codes);
                    throw new RuleViolation("targets", "targets.error.noCities");
                });

        assertThat(asked).as("the owner checks the caller also when a name is unknown").containsExactly(List.of("510100"));
        assertThat(reach.cities()).isEmpty();
        assertThat(reach.problem().messageKey()).isEqualTo("targets.error.unknownCities");
        assertThat(reach.problem().args()).containsExactly("火星");
        ExtendedModelMap model = new ExtendedModelMap();
        reach.addTo(model);
        assertThat(model).containsEntry("reachProblem", "targets.error.unknownCities").doesNotContainKey("reach");
    }

    @Test
    void theOwnersRefusalIsShownWhenEveryNameIsKnown() {
        CityReach reach = CityReach.of(codes -> {
            throw new RuleViolation("targets", "targets.error.noCities");
        });

        assertThat(reach.problem().messageKey()).isEqualTo("targets.error.noCities");
        assertThat(reach.shownNames()).isEmpty();
    }

    @Test
    void codesRefuseUnknownNamesOnThePickedField() {
        TypedCities typed = typed(new PickedName("火星", null, null, List.of()), new PickedName("朝阳", null, null, List.of(CHENGDU, MIANYANG)));

        assertThatThrownBy(typed::codes).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo("pickedCities");
            assertThat(v.args()).containsExactly("火星、朝阳");
        });
        assertThat(typed.resolvedCodes()).isEmpty();
    }
}
