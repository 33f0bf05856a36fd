package org.citybridge.accounts.security;

import java.util.Map;

import org.citybridge.accounts.domain.ApiTokens;
import org.citybridge.accounts.domain.LiaisonPosts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * BCrypt ({@code {bcrypt}} hashes) with the cost {@code citybridge.password-hash-cost} (log2 of the rounds, 10 by
     * default, as Spring Security's own): new hashes get that cost, stored ones are checked with theirs.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${citybridge.password-hash-cost:10}") int cost) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
                                                LoginThrottle throttle, DeviceCookies devices) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // the password is checked before the account's status: a wrong password for a disabled account is just a
        // wrong password (counted by the throttle), and only the right one learns that the account is disabled
        passwords.setPreAuthenticationChecks(user -> {
        });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, devices));
    }

    /** The REST API: stateless, HTTP Basic or a personal Bearer token, answers in problem details. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens,
                                 ProblemResponses problems, LiaisonPosts posts) throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/articles", "/api/v1/articles/**",
                                "/api/v1/search").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.entryPoint())
                        .authenticationDetailsSource(SignInDetails.SOURCE))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems.entryPoint()), BasicAuthenticationFilter.class)
                .addFilterAfter(new LiaisonPostFilter(posts, problems), AuthorizationFilter.class)
                .addFilterAfter(new CheckInStaffFilter(problems), LiaisonPostFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .build();
    }

    /** The back office and the public site: form login, sessions in PostgreSQL, CSRF on. */
    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager authenticationManager, ProblemResponses problems,
                                 LiaisonPosts posts, DeviceCookies devices) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toWhereTheUserWasGoing = new SavedRequestAwareAuthenticationSuccessHandler();
        toWhereTheUserWasGoing.setDefaultTargetUrl("/admin");
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/certificates/*").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/admin/users/**", "/admin/audit/**").hasRole("ADMIN")
                        .requestMatchers("/admin/mail/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").authenticated()
                        .anyRequest().permitAll())
                .addFilterAfter(new LiaisonPostFilter(posts, problems), AuthorizationFilter.class)
                .addFilterAfter(new CheckInStaffFilter(problems), LiaisonPostFilter.class)
                .formLogin(form -> form.loginPage("/login").authenticationDetailsSource(SignInDetails.SOURCE)
                        .successHandler(new DeviceCookieSuccessHandler(devices, toWhereTheUserWasGoing))
                        .failureHandler(new SignInFailureHandler()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
