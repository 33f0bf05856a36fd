package org.citybridge.accounts.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** After a successful sign-in through the form, gives the browser a device cookie for the account, then goes on. */
class DeviceCookieSuccessHandler implements AuthenticationSuccessHandler {

    private final DeviceCookies devices;
    private final AuthenticationSuccessHandler next;

    DeviceCookieSuccessHandler(DeviceCookies devices, AuthenticationSuccessHandler next) {
        this.devices = devices;
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        devices.issue(request, response, SignInAttempt.accountKey(authentication.getName()));
        next.onAuthenticationSuccess(request, response, authentication);
    }
}
