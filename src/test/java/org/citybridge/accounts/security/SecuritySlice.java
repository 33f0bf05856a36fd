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
 * back office's form login, CSRF and headers) and the login throttle, with the account stores they read mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({SecurityConfiguration.class, ProblemResponses.class, LoginThrottle.class})
@MockitoBean(types = {AccountUserDetailsService.class, ApiTokens.class, LiaisonPosts.class})
public @interface SecuritySlice {
}
