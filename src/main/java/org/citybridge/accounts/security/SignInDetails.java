package org.citybridge.accounts.security;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The client's address and, for this sign-in only (never kept in the session), the device cookie it showed: what the
 * throttle needs from the request, for the form and for HTTP Basic alike.
 */
final class SignInDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;
    static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> SOURCE = SignInDetails::new;

    private final transient String deviceCookie;

    private SignInDetails(HttpServletRequest request) {
        super(request);
        this.deviceCookie = DeviceCookies.of(request);
    }

    String deviceCookie() {
        return deviceCookie;
    }
}
