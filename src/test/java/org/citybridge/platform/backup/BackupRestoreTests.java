package org.citybridge.platform.backup;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.citybridge.files.StoredFile;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.portal.hits.BufferedArticleHits;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.SharedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The backup and restore of docs/operations.md, done as written: {@code pg_dump -Fc} of a live instance's database
 * on the external PostgreSQL (127.0.0.1:5432) and a copy of its data folder's {@code files/}; {@code pg_restore} into
 * a new, empty database; a new instance on the restored database and the copied files, with no search index, has
 * the same rows in every table, serves the same pages and files, and finds the articles again once it has rebuilt its
 * index by itself.
 */
class BackupRestoreTests {

    private static final String ADMIN_PASSWORD = "--citybridge.admin-password=Backup-restore-2026";
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, null, null);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRestoreIntoAnEmptyDatabasePlusTheFilesGivesTheSameCountsPagesAndFiles() throws Exception {
        try (SharedDatabase original = SharedDatabase.create("citybridge_backup");
             SharedDatabase restored = SharedDatabase.create("citybridge_restored")) {
            Path dump = Files.createDirectories(original.dataDir("dump")).resolve("citybridge.dump").toAbsolutePath();
            ConfigurableApplicationContext live = original.start("live", ADMIN_PASSWORD);
            MockMultipartFile upload = new MockMultipartFile("file", "会场.png", "image/png", png());
            StoredFile stored = Fixtures.as(ADMIN, () -> live.getBean(PortalMedia.class).upload(upload));
            long article = PortalTesting.publish(live, "备份恢复后仍然可见的文章",
                    "<p>联络员年会在深圳市召开。</p><p><img src=\"/media/" + stored.id() + "\" alt=\"会场\"></p>");
            Map<String, String> pages = pages(live, article);
            byte[] picture = getBytes(live, "/media/" + stored.id());
            live.getBean(BufferedArticleHits.class).flush();
            run("pg_dump", "--format=custom", "--no-owner", "--host=127.0.0.1", "--username=postgres", "--file=" + dump,
                    original.name());
            Map<String, Long> counts = counts(original);
            live.close();

            copy(original.dataDir("live").resolve("files"), restored.dataDir("again").resolve("files"));
            run("pg_restore", "--no-owner", "--exit-on-error", "--host=127.0.0.1", "--username=postgres",
                    "--dbname=" + restored.name(), dump.toString());

            assertThat(counts(restored)).isEqualTo(counts);
            ConfigurableApplicationContext again = restored.start("again", ADMIN_PASSWORD);
            assertThat(pages(again, article)).isEqualTo(pages);
            assertThat(getBytes(again, "/media/" + stored.id())).isEqualTo(picture);
            String search = "/search?q=" + URLEncoder.encode("联络员年会", StandardCharsets.UTF_8);
            await("the restored instance rebuilt its empty search index").atMost(Duration.ofSeconds(60))
                    .until(() -> get(again, search).contains("备份恢复后仍然可见的文章"));
        }
    }

    /** The public pages as a reader gets them, the hit count (which the reading itself moves) left out. */
    private Map<String, String> pages(ConfigurableApplicationContext instance, long article) throws Exception {
        Map<String, String> pages = new TreeMap<>();
        pages.put("home", get(instance, "/"));
        pages.put("column", get(instance, "/column/" + columnSlug(instance)));
        pages.put("article", get(instance, "/article/" + article + ".html")
                .replaceAll("class=\"portal-hits\">\\d+<", "class=\"portal-hits\">…<"));
        pages.put("sitemap", get(instance, "/sitemap.html"));
        return pages;
    }

    private static String columnSlug(ConfigurableApplicationContext instance) {
        return instance.getBean(JdbcClient.class).sql("SELECT slug FROM portal_column WHERE id = :id")
                .param("id", PortalTesting.column(instance, "news")).query(String.class).single();
    }

    /** Rows in every table of the application's schema. */
    private static Map<String, Long> counts(SharedDatabase database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
        }
        assertThat(counts).containsKeys("article", "stored_file", "city", "flyway_schema_history");
        return counts;
    }

    private String get(ConfigurableApplicationContext instance, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(SharedDatabase.uri(instance, path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private byte[] getBytes(ConfigurableApplicationContext instance, String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(SharedDatabase.uri(instance, path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xC8102E);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
    }
}
