package org.citybridge.platform.assets;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Serves this release's assets under {@code /assets/{release}/} to be kept for a year ({@code immutable}: a browser
 * does not even ask when the visitor reloads), another release's under its address as the plain ones (kept, asked
 * each time), and makes the templates' links name this release's addresses.
 */
@Configuration(proxyBeanMethods = false)
class AssetConfiguration implements WebMvcConfigurer {

    private static final CacheControl FOR_GOOD = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final String STATIC = "classpath:/static/";
    private static final String WEBJARS = "classpath:/META-INF/resources/webjars/";

    private final ObjectProvider<Assets> assets;

    AssetConfiguration(ObjectProvider<Assets> assets) {
        this.assets = assets;
    }

    @Bean
    static Assets assets() {
        return new Assets();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String release = Assets.PREFIX + assets.getObject().release();
        registry.addResourceHandler(release + "/webjars/**").addResourceLocations(WEBJARS)
                .setCacheControl(FOR_GOOD).resourceChain(true);
        registry.addResourceHandler(release + "/**").addResourceLocations(STATIC)
                .setCacheControl(FOR_GOOD).resourceChain(true);
        registry.addResourceHandler(Assets.PREFIX + "**").addResourceLocations(STATIC, WEBJARS)
                .setCacheControl(CacheControl.noCache()).resourceChain(true).addResolver(new OtherReleaseAssets());
    }

    @Bean
    static BeanPostProcessor assetLinksInTemplates(ObjectProvider<Assets> assets) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new AssetLinks(assets.getObject()));
                }
                return bean;
            }
        };
    }
}
