package org.yibao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of DESIGN.md §3 hold, and the module diagrams in docs/modules follow the code. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(YibaoApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    /**
     * The documenter lists a diagram's relations in no fixed order; they are sorted afterwards, so that the committed
     * diagrams change only when the modules do.
     */
    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, withSortedRelations(Files.readAllLines(diagram)));
            }
        }
    }

    /** The lines with each run of consecutive {@code Rel(} lines sorted. */
    private static List<String> withSortedRelations(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            Collections.sort(run);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        Collections.sort(run);
        out.addAll(run);
        return out;
    }
}
