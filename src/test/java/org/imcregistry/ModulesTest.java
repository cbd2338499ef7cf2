package org.imcregistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules as Spring Modulith sees them (each direct sub-package of {@code org.imcregistry}): no
 * cycles, and no module reaching into another's internals, only its base package or a declared named interface.
 * Also writes the module diagram and canvases to {@code docs/modules/}.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations(Path.of("docs/modules"));
    }

    /**
     * The documenter lists a diagram's relations in hash order, so each build would rewrite the committed files
     * with the same content shuffled; sorted, a diff shows only real changes.
     */
    private static void sortRelations(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                int next = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("Rel(")) {
                        lines.set(i, relations.get(next++));
                    }
                }
                Files.write(file, lines);
            }
        }
    }
}
