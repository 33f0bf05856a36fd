package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citybridge.directory.CityRef;
import org.citybridge.directory.importing.CityResolver.Resolution;
import org.junit.jupiter.api.Test;

class CityResolverTest {

    private final CityResolver cities = new CityResolver(List.of(
            new CityRef("110000", "北京市", "110000", "北京市"),
            new CityRef("130700", "张家口市", "130000", "河北省"),
            new CityRef("320582", "张家港市", "320000", "江苏省"),
            new CityRef("430800", "张家界市", "430000", "湖南省"),
            new CityRef("510100", "成都市", "510000", "四川省"),
            new CityRef("610100", "西安市", "610000", "陕西省"),
            new CityRef("152900", "阿拉善盟", "150000", "内蒙古自治区"),
            new CityRef("450100", "南宁市", "450000", "广西壮族自治区")));

    @Test
    void findsACityByCodeOrByNameWithOrWithoutShi() {
        assertThat(code(cities.resolve("510100", "", ""))).isEqualTo("510100");
        assertThat(code(cities.resolve("510100", "成都", ""))).isEqualTo("510100");
        assertThat(code(cities.resolve("", "西安", ""))).isEqualTo("610100");
        assertThat(code(cities.resolve("", "北京", ""))).isEqualTo("110000");
        assertThat(code(cities.resolve("", "阿拉善", ""))).isEqualTo("152900");
    }

    @Test
    void readsACodeInTheNameColumnAndANameInTheCodeColumn() {
        assertThat(code(cities.resolve("", "610100", ""))).isEqualTo("610100");
        assertThat(code(cities.resolve("西安市", "", ""))).isEqualTo("610100");
    }

    @Test
    void tellsApartANameSeveralCitiesStartWithByTheProvince() {
        assertThat(code(cities.resolve("", "张家", "湖南"))).isEqualTo("430800");
        assertThat(code(cities.resolve("", "张家", "湖南省"))).isEqualTo("430800");
        assertThat(code(cities.resolve("", "河北张家", ""))).isEqualTo("130700");
        assertThat(code(cities.resolve("", "广西南宁", ""))).isEqualTo("450100");
        assertThat(code(cities.resolve("", "四川省成都市", ""))).isEqualTo("510100");
    }

    @Test
    void flagsAnAmbiguousNameAnUnknownOneAndAMismatch() {
        assertThat(problem(cities.resolve("", "张家", ""))).isEqualTo("import.row.ambiguousCity");
        assertThat(cities.resolve("", "张家", "").problem().args()[1])
                .isEqualTo("张家口市（河北省）、张家港市（江苏省）、张家界市（湖南省）");
        assertThat(problem(cities.resolve("", "张家", "四川"))).isEqualTo("import.row.unknownCityName");
        assertThat(problem(cities.resolve("", "成都", "火星"))).isEqualTo("import.row.unknownProvince");
        assertThat(problem(cities.resolve("999999", "", ""))).isEqualTo("import.row.unknownCity");
        assertThat(problem(cities.resolve("510100", "西安", ""))).isEqualTo("import.row.cityNameMismatch");
        assertThat(problem(cities.resolve("", "", ""))).isEqualTo("import.row.cityRequired");
    }

    @Test
    void flagsANameTwoCitiesShareInFullUnlessTheProvinceTellsThemApart() {
        CityResolver twins = new CityResolver(List.of(new CityRef("220581", "梅河口市", "220000", "吉林省"),
                new CityRef("990001", "梅河口市", "990000", "测试省")));
        assertThat(problem(twins.resolve("", "梅河口", ""))).isEqualTo("import.row.ambiguousCity");
        assertThat(code(twins.resolve("", "梅河口市", "吉林"))).isEqualTo("220581");
    }

    private static String code(Resolution resolution) {
        assertThat(resolution.problem()).isNull();
        return resolution.city().code();
    }

    private static String problem(Resolution resolution) {
        return resolution.problem().messageKey();
    }
}
