package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query parameter of every GET route, from the handler mappings, given what an attacker or a broken client
 * sends (a NUL byte, a number that overflows, 5,000 digits, NaN, a negative, a huge size): never a 500, always an
 * answer naming what is wrong or a page.
 */
class ParameterFuzzIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EVIL =
            List.of("\u0000", "1e308", "9".repeat(5_000), "NaN", "-1", "99999999999999999999", "'; select 1 --");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Probe(String path, List<String> params) {}

    @Test
    void noParameterValueOfAnyGetRouteMakesAServerError() {
        List<Probe> probes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                    info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(org.springframework.web.bind.annotation.RequestMethod.GET)) {
                return;
            }
            List<String> params = params(handler);
            for (String pattern : info.getPatternValues()) {
                if (!params.isEmpty() && !pattern.startsWith("/actuator") && !pattern.contains("logout")) {
                    probes.add(new Probe(pattern.replaceAll("\\{[^}]+}", "1"), params));
                }
            }
        });
        assertThat(probes.size()).as("GET routes with query parameters").isGreaterThan(20);
        WebClient api = WebClient.api(port, "admin", DEMO_PASSWORD);
        WebClient pages = WebClient.signedIn(port, "admin", DEMO_PASSWORD);
        List<String> errors = new ArrayList<>();
        int sent = 0;
        for (Probe probe : probes) {
            boolean isApi = probe.path().startsWith("/api/");
            for (String param : probe.params()) {
                for (String value : EVIL) {
                    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
                    String path = probe.path() + "?" + param + "=" + encoded;
                    int status = (isApi ? api.getJson(path) : pages.get(path)).statusCode();
                    sent++;
                    if (status >= 500) {
                        errors.add(status + " " + path.substring(0, Math.min(path.length(), 120)));
                    }
                }
            }
        }
        System.out.println("Parameter fuzz: " + sent + " requests over " + probes.size() + " routes, " + errors.size()
                + " server errors");
        assertThat(errors).isEmpty();
    }

    @Test
    void aJsonValueOfTheWrongTypeNamesItsField() {
        var response = WebClient.api(port, "thanhhoa.cds", DEMO_PASSWORD)
                .sendJson("POST", "/api/v1/plans", "{\"title\":\"Kế hoạch\",\"yearFrom\":\"hai nghìn\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("yearFrom");
        assertThat(response.body()).contains("yearFrom").doesNotContain("JSON sai định dạng");
    }

    private static List<String> params(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (var p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp == null) {
                continue;
            }
            String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
            if (name != null
                    && !java.util.Map.class.isAssignableFrom(p.getParameterType())
                    && !org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(p.getParameterType())) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static final List<String> EVIL_BODIES = List.of(
            "[]",
            "\"texte\"",
            "{\"version\":\"mười\",\"id\":[],\"name\":{}}",
            "{\"title\":\"\\u0000\",\"name\":\"\\u0000\",\"text\":\"\\u0000\"}",
            "{\"goal\":1e400,\"year\":99999999999,\"yearFrom\":-5,\"points\":\"" + "9".repeat(5_000) + "\"}",
            "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}",
            "{");

    @Test
    void noBodyOfAnyWriteRouteMakesAServerError() {
        List<String> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean body = java.util.Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class));
            if (!body) {
                return;
            }
            for (var method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/") && !pattern.contains("auth/token")) {
                        routes.add(method.name() + " " + pattern.replaceAll("\\{[^}]+}", "1"));
                    }
                }
            }
        });
        assertThat(routes.size()).as("API routes that take a JSON body").isGreaterThan(20);
        WebClient api = WebClient.api(port, "admin", DEMO_PASSWORD);
        List<String> errors = new ArrayList<>();
        int sent = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            for (String body : EVIL_BODIES) {
                int status = api.sendJson(method, path, body).statusCode();
                sent++;
                if (status >= 500) {
                    errors.add(status + " " + route + " " + body.substring(0, Math.min(body.length(), 60)));
                }
            }
        }
        System.out.println("Body fuzz: " + sent + " requests over " + routes.size() + " routes, " + errors.size()
                + " server errors");
        assertThat(errors).isEmpty();
    }
}
