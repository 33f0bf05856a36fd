package org.citybridge.files;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A stored file's bytes as a download's body: opened from the {@link ByteStore} only when written (again for each
 * range asked for), with the length the database knows, so nothing is read to learn it.
 */
final class StoredFileContent extends AbstractResource {

    private final ByteStore bytes;
    private final String key;
    private final StoredFile file;

    StoredFileContent(ByteStore bytes, String key, StoredFile file) {
        this.bytes = bytes;
        this.key = key;
        this.file = file;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return bytes.get(key);
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public long contentLength() {
        return file.size();
    }

    @Override
    public String getFilename() {
        return file.name();
    }

    @Override
    public String getDescription() {
        return "stored file " + file.id();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredFileContent content && content.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
