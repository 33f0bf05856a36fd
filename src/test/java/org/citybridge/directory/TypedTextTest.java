package org.citybridge.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void writesFullWidthDigitsLettersAndSpacesAsHalfWidth() {
        assertThat(TypedText.halfWidth("１３９　ＡＢｃ＠（０２８）")).isEqualTo("139 ABc@(028)");
    }

    @Test
    void trimsStraySpacesAndJoinsRunsOfWhitespace() {
        assertThat(TypedText.tidy("　 市政府\n副秘书长  ")).isEqualTo("市政府 副秘书长");
        assertThat(TypedText.tidy(null)).isEmpty();
    }

    @Test
    void writesASpacedOutChineseNameTogetherButKeepsOtherNamesSpaced() {
        assertThat(TypedText.personName("张　伟")).isEqualTo("张伟");
        assertThat(TypedText.personName(" 欧阳 晓文 ")).isEqualTo("欧阳晓文");
        assertThat(TypedText.personName("Anna  Li")).isEqualTo("Anna Li");
    }

    @Test
    void phoneNumbersTypedInFullWidthAreCleanedUpToo() {
        assertThat(PhoneNumbers.mobile("１３８－００１３－８０００")).isEqualTo("13800138000");
        assertThat(PhoneNumbers.officePhone("（０２８）８７６５　４３２１")).isEqualTo("028-87654321");
    }
}
