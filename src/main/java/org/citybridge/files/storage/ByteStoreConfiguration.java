package org.citybridge.files.storage;

import org.citybridge.files.ByteStore;
import org.citybridge.platform.CityBridgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The one {@link ByteStore}: a bucket when {@code citybridge.files.s3.bucket} is set, else the data directory. */
@Configuration(proxyBeanMethods = false)
class ByteStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ByteStoreConfiguration.class);

    @Bean
    ByteStore byteStore(S3Settings s3, CityBridgeProperties properties) {
        if (!s3.configured()) {
            return new DiskByteStore(properties.dataDir());
        }
        log.info("Uploaded files are kept in the bucket {} at {}", s3.bucket(),
                s3.endpoint() == null ? "AWS region " + s3.region() : s3.endpoint());
        return new S3ByteStore(client(s3), s3.bucket());
    }

    /**
     * The JDK's own HTTP connection; checksums only where an operation requires one, since S3-compatible servers
     * differ in the newer trailing checksums.
     */
    private static S3Client client(S3Settings s3) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(s3.region()))
                .credentialsProvider(credentials(s3))
                .forcePathStyle(s3.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings s3) {
        return s3.hasKeys()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()))
                : DefaultCredentialsProvider.builder().build();
    }
}
