package org.citybridge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

class MessagesConfigurationTest {

    private final List<String> basenames = basenames();
    private final MessageSource merged = new MessagesConfiguration().messageSource(basenames, false);

    /** Every text, in both languages, is what Spring Boot's default source (bundle after bundle) answers. */
    @Test
    void answersEveryTextAsTheBundlesOneAfterAnotherDid() {
        ResourceBundleMessageSource oneByOne = new ResourceBundleMessageSource();
        oneByOne.setBasenames(basenames.toArray(String[]::new));
        oneByOne.setDefaultEncoding(StandardCharsets.UTF_8.name());
        oneByOne.setFallbackToSystemLocale(false);
        Set<String> keys = allKeys();
        assertThat(keys).hasSizeGreaterThan(1000);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.US)) {
            for (String key : keys) {
                Object[] args = {1, 2, 3, 4};
                assertThat(outcome(merged, key, null, locale)).as(key + " " + locale)
                        .isEqualTo(outcome(oneByOne, key, null, locale));
                assertThat(outcome(merged, key, args, locale)).as(key + " with arguments " + locale)
                        .isEqualTo(outcome(oneByOne, key, args, locale));
            }
        }
    }

    @Test
    void aTextOfALaterBundleIsFoundInBothLanguages() {
        assertThat(merged.getMessage("search.title", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("站内搜索");
        assertThat(merged.getMessage("search.title", null, Locale.ENGLISH)).isNotEqualTo("站内搜索").isNotBlank();
    }

    @Test
    void anUnknownTextIsNotMadeUp() {
        assertThatThrownBy(() -> merged.getMessage("no.such.text", null, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(NoSuchMessageException.class);
    }

    /** The text, or the kind of failure (a text that formats a date refuses a number). */
    private static String outcome(MessageSource source, String key, Object[] args, Locale locale) {
        try {
            return source.getMessage(key, args, null, locale);
        } catch (IllegalArgumentException e) {
            return e.getClass().getName();
        }
    }

    private static List<String> basenames() {
        Properties application = load("application.properties");
        return Arrays.stream(application.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
    }

    private Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        for (String basename : basenames) {
            keys.addAll(load(basename + ".properties").stringPropertyNames());
            keys.addAll(load(basename + "_en.properties").stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessagesConfigurationTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
