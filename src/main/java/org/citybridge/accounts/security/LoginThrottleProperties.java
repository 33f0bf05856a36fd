package org.citybridge.accounts.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling under {@code citybridge.login.*}: the limits of the three kinds of bucket and the device cookie.
 *
 * @param maxFailuresPerAddress wrong or refused sign-ins from one client address before it waits
 * @param window                how long an emptied address or device bucket takes to fill up again
 * @param maxFailuresPerAccount wrong sign-ins for one account from clients without its device cookie before they
 *                              slow down to one attempt per {@code accountDelay}
 * @param accountDelay          the pace of those clients once their free attempts are spent
 * @param maxFailuresPerDevice  wrong sign-ins from one device that signed in to the account before (device cookie)
 *                              before that device waits
 * @param deviceCookieSecret    the key that signs device cookies; blank: one is generated and kept in the database
 * @param deviceCookieMaxAge    how long a browser keeps its device cookie after its last successful sign-in
 */
@ConfigurationProperties("citybridge.login")
record LoginThrottleProperties(Integer maxFailuresPerAddress, Duration window, Integer maxFailuresPerAccount,
                               Duration accountDelay, Integer maxFailuresPerDevice, String deviceCookieSecret,
                               Duration deviceCookieMaxAge) {

    LoginThrottleProperties {
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
        maxFailuresPerAccount = maxFailuresPerAccount == null ? 5 : maxFailuresPerAccount;
        accountDelay = accountDelay == null ? Duration.ofSeconds(30) : accountDelay;
        maxFailuresPerDevice = maxFailuresPerDevice == null ? 5 : maxFailuresPerDevice;
        deviceCookieSecret = deviceCookieSecret == null ? "" : deviceCookieSecret.strip();
        deviceCookieMaxAge = deviceCookieMaxAge == null ? Duration.ofDays(365) : deviceCookieMaxAge;
    }
}
