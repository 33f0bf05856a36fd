package org.citybridge.events.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckInCodesTest {

    private static final byte[] KEY = "citybridge-test-key-0123456789ab".getBytes(StandardCharsets.US_ASCII);
    private final CheckInCodes codes = new CheckInCodes(KEY);

    @Test
    void aCodeIsTheEventTheDelegateAndTheFirst16BytesOfTheirHmacInBase64Url() throws Exception {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String mac = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Arrays.copyOf(hmac.doFinal("E12.3456".getBytes(StandardCharsets.US_ASCII)), 16));

        String code = codes.issue(12, 3456);

        assertThat(code).isEqualTo("E12.3456." + mac).hasSize(31).matches("[A-Za-z0-9._-]+");
        assertThat(codes.issue(12, 3456)).as("the same every time: a badge can be printed again").isEqualTo(code);
        assertThat(codes.read(code, 12)).contains(new CheckInCode(12, 3456));
        assertThat(codes.issue(Long.MAX_VALUE / 10, Long.MAX_VALUE / 10)).as("the longest").hasSizeLessThan(64);
    }

    @Test
    void whitespaceAScannerAddsIsIgnored() {
        String code = codes.issue(7, 81);
        assertThat(codes.read("  " + code + "\r\n", 7)).contains(new CheckInCode(7, 81));
    }

    @Test
    void aGenuineCodeOfAnotherEventIsRefused() {
        String code = codes.issue(12, 3456);
        assertThat(codes.read(code, 13)).isEmpty();
        assertThat(codes.read(code.replaceFirst("^E12", "E13"), 13)).as("its event changed").isEmpty();
    }

    @Test
    void anAlteredCodeIsRefused() {
        String code = codes.issue(12, 3456);
        String mac = code.substring(code.lastIndexOf('.') + 1);

        assertThat(codes.read("E12.3457." + mac, 12)).as("another delegate, same mac").isEmpty();
        for (int i = 0; i < mac.length(); i++) {
            char changed = mac.charAt(i) == 'A' ? 'B' : 'A';
            String altered = "E12.3456." + mac.substring(0, i) + changed + mac.substring(i + 1);
            assertThat(codes.read(altered, 12)).as(altered).isEmpty();
        }
        // 22 characters carry 132 bits for 128: another last character can decode to the same bytes, and is refused
        char last = mac.charAt(21);
        String sameBytes = "E12.3456." + mac.substring(0, 21) + (char) (last + 1);
        assertThat(Base64.getUrlDecoder().decode(sameBytes.substring(9))).isEqualTo(Base64.getUrlDecoder().decode(mac));
        assertThat(codes.read(sameBytes, 12)).isEmpty();
    }

    @Test
    void aCodeSignedWithAnotherKeyOrGuessedIsRefused() {
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        assertThat(codes.read(new CheckInCodes(otherKey).issue(12, 3456), 12)).isEmpty();

        SecureRandom random = new SecureRandom();
        byte[] guess = new byte[16];
        for (int i = 0; i < 10_000; i++) {
            random.nextBytes(guess);
            String guessed = "E12.3456." + Base64.getUrlEncoder().withoutPadding().encodeToString(guess);
            assertThat(codes.read(guessed, 12)).isEmpty();
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"E12.3456", "E12.3456.", "e12.3456.AAAAAAAAAAAAAAAAAAAAAA", "E012.3456.AAAAAAAAAAAAAAAAAAAAAA",
            "E12.0.AAAAAAAAAAAAAAAAAAAAAA", "E12.-5.AAAAAAAAAAAAAAAAAAAAAA", "E12.3456.AAAAAAAAAAAAAAAAAAAAA",
            "E12.3456.AAAAAAAAAAAAAAAAAAAAAAA", "E12.3456.AAAAAAAAAAA+AAAAAAAAAA", "E12.3456.AAAAAAAAAAA/AAAAAAAAAA",
            "E12.3456.AAAAAAAAAAAAAAAAAAAA==", "E12.3456.7.AAAAAAAAAAAAAAAAAAAAAA", "E12 3456 AAAAAAAAAAAAAAAAAAAAAA",
            "E99999999999999999999.1.AAAAAAAAAAAAAAAAAAAAAA", "https://example.cn/E12.3456.AAAAAAAAAAAAAAAAAAAAAA",
            "E１２.3456.AAAAAAAAAAAAAAAAAAAAAA"})
    void aMalformedTextIsRefused(String text) {
        assertThat(codes.read(text, 12)).isEmpty();
    }

    @Test
    void aVeryLongTextIsRefusedWithoutBeingRead() {
        assertThat(codes.read(codes.issue(12, 3456) + " ".repeat(100_000), 12)).isEqualTo(Optional.empty());
    }

    @Test
    void keysAndIdsAreChecked() {
        assertThatThrownBy(() -> new CheckInCodes(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckInCodes(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codes.issue(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codes.issue(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyIsCopiedSoItsOwnerCannotChangeItAfterwards() {
        byte[] key = Arrays.copyOf(KEY, KEY.length);
        CheckInCodes own = new CheckInCodes(key);
        String code = own.issue(1, 2);
        Arrays.fill(key, (byte) 0);
        assertThat(own.read(code, 1)).contains(new CheckInCode(1, 2));
    }
}
