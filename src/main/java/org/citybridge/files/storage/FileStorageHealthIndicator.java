package org.citybridge.files.storage;

import org.citybridge.files.ByteStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Where uploaded files are kept answers (health component {@code fileStorage}, part of readiness): with object storage,
 * a HEAD request on the bucket; the local disk is not checked (as before).
 */
@Component
class FileStorageHealthIndicator extends AbstractHealthIndicator {

    private final ByteStore store;

    FileStorageHealthIndicator(ByteStore store) {
        super("The file storage does not answer");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (store instanceof S3ByteStore bucket) {
            bucket.checkBucket();
            builder.up().withDetail("store", "s3").withDetail("bucket", bucket.bucket());
        } else {
            builder.up().withDetail("store", "disk");
        }
    }
}
