package org.citybridge.events.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed codes a badge's QR code carries: {@code E<eventId>.<delegateId>.<mac>}, where the mac is the first 16
 * bytes of HMAC-SHA256 of the text before the last dot ({@code E12.3456}) under the check-in key, base64url without
 * padding (22 characters), e.g. {@code E12.3456.q0p7gBv3fKc9rXmVd2Lw1A}. Short enough for a small QR code a phone reads
 * at once, URL-safe, and readable by staff. Nobody without the key can make a code for another delegate or event: a
 * forged, altered or guessed code is refused, and so is a genuine code of another event.
 */
public final class CheckInCodes {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final int MIN_KEY_BYTES = 16;
    // ids of at most 18 digits always fit a long; 22 characters of base64url are 16 bytes
    private static final Pattern FORMAT = Pattern.compile("E([1-9][0-9]{0,17})\\.([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{22})");
    private static final int MAX_LENGTH = 64;

    private final SecretKeySpec key;

    public CheckInCodes(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a check-in key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
    }

    /** The code of a delegate of an event. */
    public String issue(long eventId, long delegateId) {
        if (eventId < 1 || delegateId < 1) {
            throw new IllegalArgumentException("ids are positive: event " + eventId + ", delegate " + delegateId);
        }
        String signed = "E" + eventId + "." + delegateId;
        return signed + "." + mac(signed);
    }

    /**
     * The delegate a scanned text names, when it is a genuine code of {@code expectedEventId}; empty for anything else
     * (malformed, altered, forged, another event's). Whitespace a scanner adds around the code is ignored.
     */
    public Optional<CheckInCode> read(String text, long expectedEventId) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher code = FORMAT.matcher(text.strip());
        if (!code.matches() || Long.parseLong(code.group(1)) != expectedEventId) {
            return Optional.empty();
        }
        String signed = "E" + code.group(1) + "." + code.group(2);
        // constant time, so that the time taken tells nothing about how much of a guessed mac was right
        boolean genuine = MessageDigest.isEqual(mac(signed).getBytes(StandardCharsets.US_ASCII),
                code.group(3).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new CheckInCode(expectedEventId, Long.parseLong(code.group(2)))) : Optional.empty();
    }

    private String mac(String signed) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] full = mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
