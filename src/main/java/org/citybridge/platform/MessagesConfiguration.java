package org.citybridge.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The texts of the application in its two languages, from the bundles named by {@code spring.messages.basename} (and
 * {@code spring.messages.fallback-to-system-locale}, as Spring Boot reads them), each
 * language's bundles merged once into one table. A page asks for dozens of texts; Spring Boot's default source looks
 * each one up bundle after bundle (thirteen of them, three levels of language each), which took a twentieth of a
 * fresh search page. A text in an earlier bundle still wins over the same key in a later one, and the more specific
 * language over the more general, as before.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(@Value("${spring.messages.basename}") List<String> basenames,
                                @Value("${spring.messages.fallback-to-system-locale:true}") boolean fallbackToSystemLocale) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(basenames.stream().map(name -> "classpath:" + name.strip()).toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(fallbackToSystemLocale);
        messages.setCacheMillis(-1);
        return messages;
    }
}
