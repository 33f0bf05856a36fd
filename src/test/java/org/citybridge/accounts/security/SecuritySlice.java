package org.citybridge.accounts.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.citybridge.accounts.domain.ApiTokens;
import org.citybridge.accounts.domain.LiaisonPosts;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The application's real security for a {@code @WebMvcTest} slice: both filter chains (the API's problem answers, the
 * back office's form login, CSRF and headers), with the account stores they read and the login throttle and device
 * cookies (kept in PostgreSQL) mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({SecurityConfiguration.class, ProblemResponses.class})
@MockitoBean(types = {AccountUserDetailsService.class, ApiTokens.class, LiaisonPosts.class, LoginThrottle.class,
        DeviceCookies.class})
public @interface SecuritySlice {
}
