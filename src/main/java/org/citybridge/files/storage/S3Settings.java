package org.citybridge.files.storage;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * S3-compatible object storage for uploaded files ({@code citybridge.files.s3.*}, variables {@code CITYBRIDGE_S3_*}):
 * used when a bucket is named, else files stay on local disk.
 *
 * @param endpoint  the server, e.g. {@code http://minio.internal:9000}; none for AWS itself (then the region decides)
 * @param bucket    the bucket, which must exist; blank: local disk
 * @param region    the region requests are signed for ({@code us-east-1} suits most S3-compatible servers)
 * @param accessKey the access key; blank: the SDK's default credentials (environment, profile, instance role)
 * @param secretKey its secret, never logged nor shown
 * @param pathStyle {@code http://host/bucket/key} addresses instead of {@code http://bucket.host/key} (MinIO, Ceph)
 */
@ConfigurationProperties("citybridge.files.s3")
public record S3Settings(URI endpoint, String bucket, String region, String accessKey, String secretKey,
                         boolean pathStyle) {

    public S3Settings {
        if (endpoint != null && endpoint.toString().isBlank()) {
            endpoint = null;
        }
        if (region == null || region.isBlank()) {
            region = "us-east-1";
        }
    }

    public boolean configured() {
        return bucket != null && !bucket.isBlank();
    }

    boolean hasKeys() {
        return accessKey != null && !accessKey.isBlank();
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey="
                + (hasKeys() ? accessKey : "(default credentials)") + ", secretKey=(hidden), pathStyle=" + pathStyle + "]";
    }
}
