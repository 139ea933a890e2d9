package org.yibao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of DESIGN.md §3 hold, and the committed module diagrams in docs/modules follow the code.
 * The diagrams are drawn under {@code target/modules}; after a change of the modules' dependencies, copy them into
 * docs/modules with {@code ./mvnw test -Dtest=ModularityTests -Dyibao.modules.update=true}.
 */
class ModularityTests {

    private static final Path DRAWN = Path.of("target/modules");
    private static final Path COMMITTED = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(YibaoApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void committedModuleDiagramsFollowTheCode() throws IOException {
        List<Path> drawn = draw();
        if (Boolean.getBoolean("yibao.modules.update")) {
            try (Stream<Path> files = Files.list(DRAWN)) {
                for (Path file : files.toList()) {
                    Files.copy(file, COMMITTED.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (Path diagram : drawn) {
            Path committed = COMMITTED.resolve(diagram.getFileName());
            assertThat(committed).as("%s is committed; redraw with -Dyibao.modules.update=true", committed).exists();
            assertThat(Files.readAllLines(committed))
                    .as("%s follows the code; redraw with -Dyibao.modules.update=true", committed)
                    .isEqualTo(Files.readAllLines(diagram));
        }
    }

    /**
     * Draws the diagrams under target/modules. The documenter lists a diagram's relations in no fixed order; they are
     * sorted afterwards, so that a diagram changes only when the modules do.
     */
    private List<Path> draw() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DRAWN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DRAWN)) {
            List<Path> diagrams = files.filter(p -> p.toString().endsWith(".puml")).toList();
            for (Path diagram : diagrams) {
                Files.write(diagram, withSortedRelations(Files.readAllLines(diagram)));
            }
            return diagrams;
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
