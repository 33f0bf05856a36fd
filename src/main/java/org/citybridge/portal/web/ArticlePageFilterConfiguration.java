package org.citybridge.portal.web;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.domain.PublicDataCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ArticlePageFilter} and {@link ListingPageFilter} first, before the request observation ({@code
 * http.server.requests}), the session and the security filters: the observation alone cost a fifth of the throughput of
 * pages served from the cache, which the filters time themselves, as {@code citybridge.portal.article.pages.cached} and
 * {@code citybridge.portal.listing.pages.cached}.
 */
@Configuration(proxyBeanMethods = false)
class ArticlePageFilterConfiguration {

    @Bean
    FilterRegistrationBean<ArticlePageFilter> articlePageFilter(PublicPageCache cache, PublicDataCache data, ArticleViews views,
            ArticleHits hits, MeterRegistry meters, @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        Timer cached = Timer.builder("citybridge.portal.article.pages.cached")
                .description("Article pages served to anonymous readers from the page rendered moments ago").register(meters);
        FilterRegistrationBean<ArticlePageFilter> registration = new FilterRegistrationBean<>(
                new ArticlePageFilter(cache, data, views, hits, cached, sessionCookie));
        registration.addUrlPatterns("/article/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ListingPageFilter> listingPageFilter(PublicPageCache cache, MeterRegistry meters, Clock clock,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
            @Value("${citybridge.portal.concurrent-renderings:0}") int renderings, FreshSearchPages searches) {
        FilterRegistrationBean<ListingPageFilter> registration = new FilterRegistrationBean<>(new ListingPageFilter(cache,
                listingPagesCached(meters), sessionCookie, clock, renderings > 0 ? renderings : 2 * Runtime.getRuntime().availableProcessors(),
                searches));
        registration.addUrlPatterns("/", "/column/*", "/search", "/sitemap.html");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Last, so that the valve comes after the one that reads the proxy's forwarded headers. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> keptListingPageValve(PublicPageCache cache, MeterRegistry meters,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addEngineValves(new KeptListingPageValve(cache, listingPagesCached(meters), sessionCookie));
            }
        };
    }

    private static Timer listingPagesCached(MeterRegistry meters) {
        return Timer.builder("citybridge.portal.listing.pages.cached")
                .description("Home, column and search pages served to anonymous readers from the page rendered moments ago")
                .register(meters);
    }
}
