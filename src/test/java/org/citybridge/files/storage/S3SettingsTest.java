package org.citybridge.files.storage;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class S3SettingsTest {

    @Test
    void theSecretKeyIsNeverShown() {
        S3Settings settings = new S3Settings(URI.create("http://minio:9000"), "files", null, "citybridge", "very-secret", true);

        assertThat(settings.toString()).contains("files").contains("citybridge").doesNotContain("very-secret");
    }

    @Test
    void aBlankBucketMeansLocalDiskAndABlankEndpointNone() {
        assertThat(new S3Settings(URI.create(""), " ", "", "", "", false)).satisfies(settings -> {
            assertThat(settings.configured()).isFalse();
            assertThat(settings.endpoint()).isNull();
            assertThat(settings.region()).isEqualTo("us-east-1");
        });
        assertThat(new S3Settings(null, "files", null, null, null, false).configured()).isTrue();
    }
}
