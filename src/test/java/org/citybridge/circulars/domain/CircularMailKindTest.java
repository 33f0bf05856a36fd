package org.citybridge.circulars.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mail a circular causes has its subject and text in Chinese, the language mails are written in, without Spring. */
class CircularMailKindTest {

    @Test
    void everyKindHasItsSubjectAndText() throws IOException {
        String file = "messages_circulars.properties";
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (CircularMailKind kind : CircularMailKind.values()) {
            assertThat(messages.getProperty("circular.mail." + kind.key() + ".subject")).as(kind + " subject in " + file).isNotBlank();
            assertThat(messages.getProperty("circular.mail." + kind.key() + ".body")).as(kind + " body in " + file).isNotBlank();
        }
    }
}
