package org.citybridge.accounts.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Asks the throttle before a password is checked (form and HTTP Basic alike) and tells it when the password was right;
 * any other outcome has already been counted as a failure.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, DeviceCookies devices) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInAttempt attempt = attemptOf(authentication);
        throttle.admit(attempt);
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.passwordAccepted(attempt);
            return result;
        } catch (AccountStatusException rightPasswordOfADisabledAccount) {
            throttle.passwordAccepted(attempt);
            throw rightPasswordOfADisabledAccount;
        }
    }

    private SignInAttempt attemptOf(Authentication authentication) {
        String account = SignInAttempt.accountKey(authentication.getName());
        Object details = authentication.getDetails();
        String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String device = details instanceof SignInDetails signIn ? devices.deviceOf(signIn.deviceCookie(), account) : null;
        return new SignInAttempt(account, address, device);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
