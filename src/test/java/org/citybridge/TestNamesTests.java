package org.citybridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test class's name says what it needs, so that one can choose what to run: {@code *Test} is plain JUnit (no Spring,
 * no database, no other process); {@code *Tests} starts the application, a slice of it, a database or another process,
 * or reads the whole code base, and a {@code @WebMvcTest} slice is named {@code *WebTests}; {@code *BrowserTest} drives
 * Chromium and runs in the failsafe phase of {@code verify}.
 */
class TestNamesTests {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern TEST_METHOD = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b");
    private static final Pattern WEB_SLICE = Pattern.compile("@WebMvcTest\\b");
    private static final Pattern BROWSER = Pattern.compile("extends BrowserJourney\\b|new ChromeDriver\\b");
    private static final Pattern HEAVY = Pattern.compile("@IntegrationTest\\b|@SpringBootTest\\b|@WebMvcTest\\b"
            + "|SpringApplicationBuilder|SpringApplication\\.run|SharedDatabase|EmbeddedPostgres|ProcessBuilder|DriverManager"
            + "|ApplicationModules\\.of|Path\\.of\\(\"src/");

    @Test
    void everyTestClassIsNamedForWhatItNeeds() throws IOException {
        List<String> misnamed = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!TEST_METHOD.matcher(source).find() || file.endsWith("TestNamesTests.java")) {
                    continue;
                }
                checked++;
                String name = file.getFileName().toString().replace(".java", "");
                String expected = BROWSER.matcher(source).find() ? "BrowserTest"
                        : WEB_SLICE.matcher(source).find() ? "WebTests" : HEAVY.matcher(source).find() ? "Tests" : "Test";
                boolean right = name.endsWith(expected) && (expected.equals("BrowserTest") || !name.endsWith("BrowserTest"))
                        && (expected.equals("WebTests") || !name.endsWith("WebTests"));
                if (!right) {
                    misnamed.add(TESTS.relativize(file) + " should end in " + expected);
                }
            }
        }
        assertThat(checked).as("test classes read").isGreaterThan(50);
        assertThat(misnamed).isEmpty();
    }
}
