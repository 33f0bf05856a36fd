package org.citybridge.accounts.security;

import java.util.Locale;

/**
 * Whom a sign-in attempt is for and where it comes from, as the throttle counts it.
 *
 * @param account the username as typed, trimmed and lower-cased (usernames are case-insensitive)
 * @param address the client's address, or null when unknown
 * @param device  the id of the device cookie the client showed for this account, or null without a valid one
 */
record SignInAttempt(String account, String address, String device) {

    /** Longer than any username (40), so that a key stays short whatever is typed. */
    private static final int LONGEST_ACCOUNT_KEY = 64;

    static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > LONGEST_ACCOUNT_KEY ? key.substring(0, LONGEST_ACCOUNT_KEY) : key;
    }

    boolean fromKnownDevice() {
        return device != null;
    }
}
