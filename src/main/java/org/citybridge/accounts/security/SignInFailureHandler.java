package org.citybridge.accounts.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form with why ({@code ?error=bad|throttled|disabled}); the failure is kept in the
 * session as well, so that the page can say how long a throttled client must wait.
 */
class SignInFailureHandler extends ExceptionMappingAuthenticationFailureHandler {

    SignInFailureHandler() {
        setDefaultFailureUrl("/login?error=bad");
        setExceptionMappings(Map.of(
                LoginThrottledException.class.getName(), "/login?error=throttled",
                DisabledException.class.getName(), "/login?error=disabled"));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        saveException(request, exception);
        super.onAuthenticationFailure(request, response, exception);
    }
}
