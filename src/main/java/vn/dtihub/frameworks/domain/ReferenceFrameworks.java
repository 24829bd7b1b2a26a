package vn.dtihub.frameworks.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.dtihub.frameworks.Frameworks;

/**
 * The reference frameworks shipped with the product, loaded once on any database (they are reference data, each
 * labelled as a sample): the provincial DTI of Decision 922 at the level of its main indices, and samples of a
 * district-level and a commune-level index to adapt.
 */
@Component
@Order(12)
class ReferenceFrameworks implements ApplicationRunner {

    static final List<String> FILES = List.of("dti-922-provincial.json", "district-sample.json", "commune-sample.json");
    private static final Logger log = LoggerFactory.getLogger(ReferenceFrameworks.class);

    private final Frameworks frameworks;
    private final FrameworkFiles frameworkFiles;

    ReferenceFrameworks(Frameworks frameworks, FrameworkFiles frameworkFiles) {
        this.frameworks = frameworks;
        this.frameworkFiles = frameworkFiles;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String file : FILES) {
            frameworkFiles
                    .loadSample(read(file))
                    .ifPresent(id -> log.info("Loaded the reference framework {} as {}", file, id));
        }
    }

    static FrameworkDocument read(String file) {
        try (InputStream in = new ClassPathResource("reference/frameworks/" + file).getInputStream()) {
            return FrameworkRepository.JSON.readValue(in, FrameworkDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
