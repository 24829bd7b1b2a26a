package vn.dtihub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of DESIGN.md, each depending only on those its {@code package-info} allows and only on their API (the
 * root package); the canvas of each module and the diagrams are written to {@code target/spring-modulith-docs}.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(DtiHubApplication.class);

    @Test
    void modulesDependOneWayAndOnlyOnWhatTheyDeclare() {
        modules.verify();
    }

    @Test
    void theModulesOfTheDesignExist() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder(
                        "units",
                        "accounts",
                        "documents",
                        "frameworks",
                        "plans",
                        "reporting",
                        "scoring",
                        "notifications",
                        "insights",
                        "demo",
                        "shared");
    }

    @Test
    void theModulesAreDocumented() throws Exception {
        new Documenter(modules).writeDocumentation();
        Path docs = Path.of("target/spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).exists();
        try (var files = Files.list(docs)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("a canvas per module")
                    .contains("module-plans.adoc", "module-scoring.adoc");
        }
    }
}
