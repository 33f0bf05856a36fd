package org.citybridge.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Where the bytes of kept files live, by key ({@code files/ab/<id>}, {@code imports/<token>.upload}): folders under the
 * data directory by default, or a bucket of S3-compatible object storage when {@code citybridge.files.s3.bucket} is
 * set. Only bytes: what they are (name, type, who may see them) is the database's.
 */
public interface ByteStore {

    /** Writes {@code length} bytes read from {@code content} under the key, whole or not at all. */
    void put(String key, InputStream content, long length);

    /** The bytes under the key, streamed; the caller closes the stream. */
    InputStream get(String key) throws IOException, FileNotFoundException;

    boolean exists(String key);

    /** Removes the bytes under the key; nothing there is no error. */
    void delete(String key);

    /** Removes what was written under the prefix before the cutoff (left-over temporary files). */
    void deleteOlderThan(String prefix, Instant cutoff);
}
