package org.citybridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's tables are its own: other modules ask its API, so that its rules (what "live" means, say) are said once.
 * Reads the sources and the migrations, no Spring.
 */
class ModuleTablesTests {

    private static final Path SOURCES = Path.of("src/main/java/org/citybridge");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATED = Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)");

    /** Created by platform's V4 together with ShedLock's table, from before {@code files} was a module. */
    private static final String FILES_TABLE = "stored_file";

    @Test
    void noModuleButPortalNamesPortalTablesInItsSql() throws IOException {
        Set<String> tables = tablesOf("portal");
        assertThat(tables).as("read from portal's migrations").contains("article", "portal_column");
        assertThat(sqlNaming(tables, "portal")).isEmpty();
    }

    @Test
    void noModuleButFilesNamesTheStoredFileTable() throws IOException {
        assertThat(tablesOf("platform")).contains(FILES_TABLE);
        assertThat(sqlNaming(Set.of(FILES_TABLE), "files")).isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTablesInItsSql() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(MIGRATIONS)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String module = folder.getFileName().toString();
                Set<String> tables = tablesOf(module);
                if (module.equals("platform")) {
                    tables.remove(FILES_TABLE);
                }
                if (!tables.isEmpty()) {
                    found.addAll(sqlNaming(tables, module));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** The tables a module's migrations create. */
    private static Set<String> tablesOf(String module) throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS.resolve(module))) {
            for (Path file : files.toList()) {
                Matcher created = CREATED.matcher(Files.readString(file));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase());
                }
            }
        }
        return tables;
    }

    /** "file: statement part" for each source outside the owner that reads or writes one of the tables. */
    private static List<String> sqlNaming(Set<String> tables, String owner) throws IOException {
        Pattern use = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(?:" + String.join("|", tables) + ")\\b");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.startsWith(SOURCES.resolve(owner))) {
                    continue;
                }
                Matcher hit = use.matcher(Files.readString(file));
                while (hit.find()) {
                    found.add(SOURCES.relativize(file) + ": " + hit.group());
                }
            }
        }
        return found;
    }
}
