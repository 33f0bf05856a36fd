package org.citybridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path OUTPUT = Path.of("docs/modules");

    private static final ApplicationModules modules = ApplicationModules.of(CityBridgeApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(OUTPUT)) {
            for (Path document : diagrams.toList()) {
                Files.write(document, withListsSorted(Files.readAllLines(document, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The Documenter lists components and relations (diagrams) and bean references and events (canvases, a table cell whose first
     * item starts with {@code |}) in hash order; sorting each run makes the committed documents the same on every build.
     */
    static List<String> withListsSorted(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        String cellStart = "";
        for (String line : lines) {
            boolean firstOfCell = line.startsWith("|* `");
            if (!firstOfCell && (line.startsWith("Rel(") || line.startsWith("* `") || line.stripLeading().startsWith("Component("))) {
                run.add(line);
                continue;
            }
            cellStart = flush(run, cellStart, sorted);
            if (firstOfCell) {
                cellStart = "|";
                run.add(line.substring(1));
            } else {
                sorted.add(line);
            }
        }
        flush(run, cellStart, sorted);
        return sorted;
    }

    private static String flush(List<String> run, String cellStart, List<String> into) {
        run.sort(null);
        for (int i = 0; i < run.size(); i++) {
            into.add(i == 0 ? cellStart + run.get(i) : run.get(i));
        }
        run.clear();
        return "";
    }
}
