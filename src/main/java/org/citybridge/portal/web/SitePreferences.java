package org.citybridge.portal.web;

import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;

/**
 * A reader's font size (字号 大/中/小) and contrast. Links with {@code ?size=} and {@code ?contrast=} set them without
 * JavaScript; the choice is kept in a cookie, which the small script {@code portal.js} also writes.
 */
record SitePreferences(String fontSize, String contrast) {

    static final String SIZE_COOKIE = "portal-size";
    static final String CONTRAST_COOKIE = "portal-contrast";
    static final String DEFAULT_SIZE = "medium";
    static final String DEFAULT_CONTRAST = "normal";
    private static final Set<String> SIZES = Set.of("large", "medium", "small");
    private static final Set<String> CONTRASTS = Set.of("high", "normal");

    static SitePreferences of(HttpServletRequest request, HttpServletResponse response) {
        String size = choose(request, response, "size", SIZE_COOKIE, SIZES, DEFAULT_SIZE);
        String contrast = choose(request, response, "contrast", CONTRAST_COOKIE, CONTRASTS, DEFAULT_CONTRAST);
        return new SitePreferences(size, contrast);
    }

    static boolean isFontSize(String value) {
        return SIZES.contains(value);
    }

    static boolean isContrast(String value) {
        return CONTRASTS.contains(value);
    }

    public boolean highContrast() {
        return "high".equals(contrast);
    }

    private static String choose(HttpServletRequest request, HttpServletResponse response, String parameter, String cookie,
                                 Set<String> allowed, String fallback) {
        String asked = request.getParameter(parameter);
        if (asked != null && allowed.contains(asked)) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(cookie, asked).path("/").maxAge(Duration.ofDays(365))
                    .sameSite("Lax").build().toString());
            return asked;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (c.getName().equals(cookie) && allowed.contains(c.getValue())) {
                    return c.getValue();
                }
            }
        }
        return fallback;
    }
}
