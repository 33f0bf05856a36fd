package org.citybridge.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL's superuser password: generated once, kept in {@code <data-dir>/postgres-password}
 * (readable by the owner only), set on the server and required for every connection, local or over 127.0.0.1.
 * A data directory from before this existed (trusting every local connection) gets its password on the next start.
 */
final class EmbeddedPostgresPassword {

    static final String FILE_NAME = "postgres-password";

    private static final String HBA = """
            # Written by CityBridge: every connection needs the superuser's password (see %s next to this directory)
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """.formatted(FILE_NAME);

    private EmbeddedPostgresPassword() {
    }

    /** The password kept in the data directory, generated and written (owner-only) when there is none yet. */
    static String readOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, password, StandardCharsets.UTF_8);
        return password;
    }

    /** Sets the password on the running server and makes it refuse connections without it from now on. */
    static void enforce(EmbeddedPostgres postgres, Path clusterDirectory, String password) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER postgres PASSWORD '" + password + "'");
            Files.writeString(clusterDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the embedded PostgreSQL's password", e);
        }
    }
}
