package org.citybridge.portal.hits;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.citybridge.CityBridgeApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hit counter as a crash sees it: the application runs in its own JVM on an external PostgreSQL (127.0.0.1:5432,
 * trust auth, a fresh database), serves article views over HTTP and is killed with SIGKILL between flushes. What is
 * stored afterwards holds every view a flush wrote and none twice: only the views since the last flush are lost. A
 * second process on the same database then counts on from there and, stopped with SIGTERM, writes everything.
 */
class ArticleHitsCrashTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "citybridge_hits_" + System.nanoTime();
    private static final Duration FLUSH_INTERVAL = Duration.ofMillis(500);
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection connection = externalServer("postgres")) {
            connection.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection connection = externalServer("postgres")) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void aKilledProcessLosesOnlyTheViewsSinceItsLastFlushAndCountsNothingTwice() throws Exception {
        Application crashing = Application.start("crash", FLUSH_INTERVAL);
        long article;
        long flushed = 0;
        int unflushed = 40;
        try {
            article = publishedArticle();
            for (int round = 1; round <= 3; round++) {
                views(crashing, article, 30);
                flushed += 30;
                long expected = flushed;
                await("round " + round + " written by the scheduled flush").atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(50)).until(() -> stored(article) == expected);
            }
            views(crashing, article, unflushed);
        } finally {
            crashing.kill();
        }
        awaitNoConnectionLeft();
        long afterCrash = stored(article);
        assertThat(afterCrash).as("every view a flush wrote survives the crash, none counted twice")
                .isBetween(flushed, flushed + unflushed);

        Application restarted = Application.start("restart", Duration.ofHours(1));
        try {
            views(restarted, article, 25);
            assertThat(stored(article)).as("no scheduled flush in the second process").isEqualTo(afterCrash);
        } finally {
            restarted.stopGracefully();
        }
        awaitNoConnectionLeft();
        assertThat(stored(article)).as("SIGTERM writes the views held in memory").isEqualTo(afterCrash + 25);
    }

    private void views(Application application, long article, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            HttpResponse<Void> page = http.send(HttpRequest.newBuilder(application.uri("/article/" + article + ".html"))
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(page.statusCode()).isEqualTo(200);
        }
    }

    /** A published article written straight into the database the process has migrated. */
    private static long publishedArticle() throws SQLException {
        try (Connection connection = externalServer(DATABASE);
             ResultSet row = connection.createStatement().executeQuery("""
                     INSERT INTO article (column_id, title, body_html, status, publish_at, created_by, created_at, updated_by, updated_at)
                     SELECT id, '崩溃计数', '<p>深圳市联络员</p>', 'PUBLISHED', now() - interval '1 minute', 'test', now(), 'test', now()
                     FROM portal_column WHERE slug = 'news' RETURNING id""")) {
            assertThat(row.next()).as("the news column").isTrue();
            return row.getLong(1);
        }
    }

    private static long stored(long article) throws SQLException {
        try (Connection connection = externalServer(DATABASE);
             ResultSet row = connection.createStatement().executeQuery(
                     "SELECT coalesce(sum(hits), 0) FROM article_hits WHERE article_id = " + article)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A killed process's last statement may still be running on the server: wait until its sessions are gone. */
    private static void awaitNoConnectionLeft() {
        await("the dead process's sessions ended").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    try (Connection connection = externalServer("postgres");
                         ResultSet row = connection.createStatement().executeQuery(
                                 "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'")) {
                        row.next();
                        return row.getLong(1) == 0;
                    }
                });
    }

    /** Never skipped: .ci/run starts the machine's PostgreSQL, and a test that cannot reach it fails. */
    private static Connection externalServer(String database) throws SQLException {
        try {
            return DriverManager.getConnection(SERVER + database, "postgres", "");
        } catch (SQLException e) {
            throw new SQLException("This test needs the PostgreSQL at 127.0.0.1:5432 (trust auth) that .ci/run starts", e);
        }
    }

    /**
     * The application in a JVM of its own, started from the test classpath; with the quick compiler only, as it serves a
     * few hundred requests and starting is most of its work.
     */
    private record Application(Process process, int port, Path log) {

        static Application start(String name, Duration flushInterval) throws IOException {
            int port = freePort();
            Path dataDir = Path.of("target", "test-data", "hits-" + name + "-" + System.nanoTime());
            Files.createDirectories(dataDir);
            Path log = dataDir.resolve("application.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), CityBridgeApplication.class.getName(),
                    "--server.port=" + port, "--spring.datasource.url=" + SERVER + DATABASE,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--citybridge.data-dir=" + dataDir,
                    "--citybridge.portal.hits-flush-interval=" + flushInterval.toMillis() + "ms",
                    "--spring.main.banner-mode=off"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Application application = new Application(process, port, log);
            try {
                application.awaitReady();
            } catch (RuntimeException | Error e) {
                process.destroyForcibly();
                throw e;
            }
            return application;
        }

        private void awaitReady() {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            await("the application in " + log + " answers").atMost(STARTUP).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> {
                        assertThat(process.isAlive()).as("process alive, see " + log).isTrue();
                        return client.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode() == 200;
                    });
            assertThat(process.isAlive()).as("process alive, see " + log).isTrue();
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        /** SIGKILL: no shutdown hook, no last flush. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        }

        /** SIGTERM: the graceful shutdown, with its last flush. */
        void stopGracefully() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("no graceful shutdown within 60 s, see " + log);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
