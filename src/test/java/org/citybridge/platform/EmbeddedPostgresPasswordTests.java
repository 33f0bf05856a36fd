package org.citybridge.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL refuses its superuser without the generated password, also for a data directory from before. */
class EmbeddedPostgresPasswordTests {

    @TempDir
    Path dataDir;

    @Test
    void anExistingPasswordlessClusterGetsAPasswordOnItsNextStartAndKeepsItAfterwards() throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setRegisterShutdownHook(false).start()) {
            assertThat(canConnect(old.getPort(), "")).as("as it was: no password needed").isTrue();
        }
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        CityBridgeProperties properties = new CityBridgeProperties(dataDir, null, null);

        Path file = dataDir.resolve(EmbeddedPostgresPassword.FILE_NAME);
        String password;
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties, 0, false)) {
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(canConnect(postgres.getPort(), "")).as("superuser without a password").isFalse();
            assertThat(canConnect(postgres.getPort(), "postgres")).isFalse();
            assertThat(canConnect(postgres.getPort(), password)).isTrue();
        }
        try (EmbeddedPostgres restarted = configuration.embeddedPostgres(properties, 0, false)) {
            assertThat(Files.readString(file).strip()).isEqualTo(password);
            assertThat(canConnect(restarted.getPort(), "")).isFalse();
            try (var dataSource = (com.zaxxer.hikari.HikariDataSource) configuration.dataSource(restarted, properties, 2);
                 Connection connection = dataSource.getConnection()) {
                assertThat(connection.isValid(2)).as("the application's DataSource uses the password").isTrue();
            }
        }
    }

    private static boolean canConnect(int port, String password) {
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
