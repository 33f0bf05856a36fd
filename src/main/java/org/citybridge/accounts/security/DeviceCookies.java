package org.citybridge.accounts.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Device cookies as OWASP's "Slow Down Online Guessing Attacks with Device Cookies" describes them: after a successful
 * sign-in the browser gets {@code <account>.<device id>.<HMAC-SHA256 of both>}; a later attempt for that account
 * showing it is counted in that device's own bucket. The account is base64url-encoded, the device id is random.
 */
@Component
class DeviceCookies {

    static final String NAME = "citybridge_device";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int DEVICE_ID_BYTES = 16;

    private final DeviceCookieKey key;
    private final Duration maxAge;
    private final SecureRandom random = new SecureRandom();

    DeviceCookies(DeviceCookieKey key, LoginThrottleProperties properties) {
        this.key = key;
        this.maxAge = properties.deviceCookieMaxAge();
    }

    /** The request's device cookie, unchecked, or null. */
    static String of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The device id of a cookie signed by this application for this account (see {@link SignInAttempt#accountKey}), else null. */
    String deviceOf(String cookie, String account) {
        if (cookie == null) {
            return null;
        }
        String[] parts = cookie.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            String named = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            boolean signed = MessageDigest.isEqual(DECODER.decode(parts[2]), signature(parts[0] + "." + parts[1]));
            return signed && named.equals(account) && !parts[1].isEmpty() ? parts[1] : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** A new device id for this browser and this account, replacing any cookie it had. */
    void issue(HttpServletRequest request, HttpServletResponse response, String account) {
        byte[] id = new byte[DEVICE_ID_BYTES];
        random.nextBytes(id);
        String payload = ENCODER.encodeToString(account.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(id);
        ResponseCookie cookie = ResponseCookie.from(NAME, payload + "." + ENCODER.encodeToString(signature(payload)))
                .path("/").maxAge(maxAge).httpOnly(true).secure(request.isSecure()).sameSite("Strict").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private byte[] signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
