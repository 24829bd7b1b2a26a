package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description is what an API client needs: every /api route, the bearer scheme required on all but the
 * public ones, and the problem+json errors of each operation. It is written to target/openapi.json, which
 * {@code .ci/run} lints with Redocly's recommended rules.
 */
class OpenApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteIsDescribedWithItsSecurityAndItsErrors() throws Exception {
        String body = new WebClient(port).getJson("/v3/api-docs").body();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), body);
        JsonNode api = JSON.readTree(body);
        assertThat(api.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
        JsonNode paths = api.get("paths");

        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(m -> {
                    if (!paths.has(pattern) || !paths.get(pattern).has(m.name().toLowerCase())) {
                        missing.add(m + " " + pattern);
                    }
                });
            }
        });
        assertThat(missing).as("API routes missing from the description").isEmpty();

        List<String> unsecured = new ArrayList<>();
        List<String> noErrors = new ArrayList<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    String name = op.getKey().toUpperCase() + " " + path.getKey();
                    boolean open = path.getKey().equals("/api/v1/auth/token")
                            || path.getKey().startsWith("/api/v1/open/");
                    if (!open && !op.getValue().path("security").toString().contains("bearer")) {
                        unsecured.add(name);
                    }
                    boolean has4xx = false;
                    for (var code : op.getValue().path("responses").propertyNames()) {
                        has4xx |= code.startsWith("4");
                    }
                    if (!has4xx || !op.getValue().path("responses").path("400").has("content")) {
                        noErrors.add(name);
                    }
                }));
        assertThat(unsecured).as("operations without the bearer scheme").isEmpty();
        assertThat(noErrors).as("operations without their problem+json errors").isEmpty();
    }
}
