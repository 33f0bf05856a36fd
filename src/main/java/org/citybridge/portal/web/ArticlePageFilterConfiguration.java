package org.citybridge.portal.web;

import org.citybridge.portal.ArticleHits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ArticlePageFilter} right after the request metrics ({@code ServerHttpObservationFilter}, which Spring Boot
 * orders at {@code HIGHEST_PRECEDENCE + 1}), before the session and security filters.
 */
@Configuration(proxyBeanMethods = false)
class ArticlePageFilterConfiguration {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    @Bean
    FilterRegistrationBean<ArticlePageFilter> articlePageFilter(PublicPageCache cache, ArticleHits hits,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<ArticlePageFilter> registration = new FilterRegistrationBean<>(
                new ArticlePageFilter(cache, hits, sessionCookie));
        registration.addUrlPatterns("/article/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
