package org.citybridge.files.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.citybridge.files.ByteStore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Keys as objects of one bucket of S3-compatible object storage. Bytes are streamed both ways: an upload is sent as it
 * is read, a download is passed on as it arrives. Failures surface as {@link UncheckedIOException} (or {@link
 * IOException} when reading), like the disk's.
 */
public class S3ByteStore implements ByteStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3ByteStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, InputStream content, long length) {
        try {
            s3.putObject(request -> request.bucket(bucket).key(key).contentLength(length),
                    RequestBody.fromInputStream(content, length));
        } catch (SdkException e) {
            throw failure("write", key, e);
        }
    }

    @Override
    public InputStream get(String key) throws IOException {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException(key);
        } catch (SdkException e) {
            throw new IOException("Could not read " + key + " from the object store: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw failure("look up", key, e);
        } catch (SdkException e) {
            throw failure("look up", key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failure("delete", key, e);
        }
    }

    @Override
    public void deleteOlderThan(String prefix, Instant cutoff) {
        try {
            s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                    .filter(object -> object.lastModified().isBefore(cutoff))
                    .map(S3Object::key)
                    .forEach(this::delete);
        } catch (SdkException e) {
            throw failure("clean up", prefix, e);
        }
    }

    /** The bucket answers (readiness): one HEAD request. */
    public void checkBucket() {
        s3.headBucket(request -> request.bucket(bucket));
    }

    public String bucket() {
        return bucket;
    }

    @Override
    public void close() {
        s3.close();
    }

    private static UncheckedIOException failure(String what, String key, SdkException e) {
        return new UncheckedIOException(new IOException(
                "Could not " + what + " " + key + " in the object store: " + e.getMessage(), e));
    }
}
