package org.citybridge.accounts.security;

import org.citybridge.accounts.domain.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Prometheus scrapes {@code /actuator/prometheus} with an administrator's personal API token ({@code Authorization:
 * Bearer cbt_…}, Prometheus's {@code authorization.credentials}), stateless. Requests without a Bearer token stay
 * with the web chain (an administrator's session).
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

    private static final RequestMatcher SCRAPE_WITH_TOKEN = request -> "/actuator/prometheus".equals(request.getRequestURI())
            && request.getHeader("Authorization") != null && request.getHeader("Authorization").regionMatches(true, 0, "Bearer ", 0, 7);

    @Bean
    @Order(0)
    SecurityFilterChain metricsScrapeChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        return http.securityMatcher(SCRAPE_WITH_TOKEN)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems.entryPoint()), AnonymousAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .build();
    }
}
