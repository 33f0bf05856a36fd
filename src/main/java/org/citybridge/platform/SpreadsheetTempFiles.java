package org.citybridge.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where POI's streaming workbooks (the roster, tracking and logistics exports) spill their rows: a folder of the
 * application's own, {@code <data-dir>/tmp/spreadsheets}, each file readable by the application's user alone. POI's
 * default is {@code <java.io.tmpdir>/poifiles}, one folder for every process of the machine, owned by whichever made it
 * first: for any other user every streamed export then failed ({@code AccessDeniedException}), and the files it could
 * write, holding people's names and phone numbers, were readable by other users. Files left by an instance that
 * stopped in the middle of an export are removed at the next start.
 */
@Component
class SpreadsheetTempFiles implements TempFileCreationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SpreadsheetTempFiles.class);
    private static final Duration LEFT_OVER_AFTER = Duration.ofDays(1);

    private final Path folder;

    @Autowired
    SpreadsheetTempFiles(CityBridgeProperties properties) {
        this(properties.dataDir().resolve("tmp").resolve("spreadsheets"));
    }

    SpreadsheetTempFiles(Path folder) {
        this.folder = folder.toAbsolutePath();
        removeLeftOvers();
        TempFile.setTempFileCreationStrategy(this);
    }

    Path folder() {
        return folder;
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(Files.createDirectories(folder), prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(folder), prefix).toFile();
    }

    private void removeLeftOvers() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant before = Instant.now().minus(LEFT_OVER_AFTER);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not remove the spreadsheet files left in {}: {}", folder, e.toString());
        }
    }
}
