package vn.dtihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.dtihub.accounts.Role;
import vn.dtihub.accounts.domain.UserInput;
import vn.dtihub.accounts.domain.Users;
import vn.dtihub.accounts.security.PublicRoutes;

/**
 * Walks every route the application exposes, as found in its handler mappings (so a route added later is
 * attacked without editing this test), and proves the access promises of SECURITY.md: deny by default, a reporter
 * kept out of administration, and a standing office of another province (Quảng Ngãi) refused on Thanh Hóa's
 * objects, on reads and writes alike, with no secret in any body and the database unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteInventoryIT extends IntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.dtihub.scoring.domain.ScoreJobs scoreJobs;

    @Autowired
    Users accounts;

    private final Map<String, String> provinceA = new HashMap<>();
    private final List<String> secrets = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private WebClient outsider;

    record Route(String method, String pattern) {
        boolean reads() {
            return method.equals("GET");
        }
    }

    @BeforeAll
    void collect() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ScopeFixture.class));
        for (var candidate : scanner.findCandidateComponents("vn.dtihub")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            ScopeFixture fixture = (ScopeFixture) type.getDeclaredConstructor().newInstance();
            provinceA.putAll(fixture.objectsOfProvinceA(context));
            secrets.addAll(fixture.secrets());
        }
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> methods = new LinkedHashSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add(RequestMethod.GET.name());
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(m -> routes.add(new Route(m, pattern)));
            }
        });
        if (accounts.list(TestPrincipal.admin(), "quangngai.cds.test", 0, 1).isEmpty()) {
            accounts.create(
                    TestPrincipal.admin(),
                    new UserInput(
                            "quangngai.cds.test",
                            "Văn phòng CĐS Quảng Ngãi (test)",
                            null,
                            Role.STANDING_OFFICE,
                            "51",
                            "current",
                            null,
                            "cụm mật khẩu của văn phòng miền trung",
                            true));
        }
        outsider = WebClient.signedIn(port, "quangngai.cds.test", "cụm mật khẩu của văn phòng miền trung");
    }

    @Test
    void theInventoryFindsTheRoutesOfEveryModule() {
        assertThat(routes)
                .extracting(Route::pattern)
                .contains("/api/v1/units/{code}", "/api/v1/users/{id}", "/api/v1/agencies/{id}", "/admin/users");
        assertThat(secrets).isNotEmpty();
    }

    @Test
    void everyRouteButThePublicOnesNeedsAuthentication() {
        WebClient anonymous = new WebClient(port);
        List<String> open = new ArrayList<>();
        for (Route route : routes) {
            if (isPublic(route.pattern())) {
                continue;
            }
            String path = fill(route.pattern());
            HttpResponse<String> response = anonymous.send(route.method(), path, Map.of("Accept", "text/html"), null);
            int status = response.statusCode();
            boolean toLogin = status == 302
                    && response.headers().firstValue("Location").orElse("").contains("/login");
            if (!(toLogin || status == 401 || status == 403)) {
                open.add(route + " -> " + status);
            }
        }
        assertThat(open)
                .as("routes that answer without authentication but are not on the public list")
                .isEmpty();
    }

    @Test
    void aReporterCannotReachAdministration() {
        WebClient reporter = WebClient.signedIn(port, "tinhhai.baocao", IntegrationTest.DEMO_PASSWORD);
        List<String> reached = new ArrayList<>();
        int checked = 0;
        for (Route route : routes) {
            if (!isAdministration(route.pattern())) {
                continue;
            }
            checked++;
            HttpResponse<String> response = route.pattern().startsWith("/api/")
                    ? reporter.sendJson(route.method(), fill(route.pattern()), route.reads() ? null : "{}")
                    : route.reads()
                            ? reporter.get(fill(route.pattern()))
                            : reporter.postForm(fill(route.pattern()), Map.of("name", "x"));
            if (response.statusCode() != 403) {
                reached.add(route + " -> " + response.statusCode());
            }
        }
        assertThat(checked).isGreaterThan(5);
        assertThat(reached).isEmpty();
    }

    @Test
    void anotherProvincesStandingOfficeGetsNothingOfThanhHoa() {
        // Periods approved by earlier tests wait for the scoring sweep (every 30 s): score them now, so that a sweep
        // during the attack does not pass for a change the attack made.
        scoreJobs.drain();
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        List<String> leaks = new ArrayList<>();
        for (Route route : routes) {
            boolean takesObject = VARIABLE.matcher(route.pattern()).find();
            // Writes without an object in the URL act on the caller's own things (a token, a password): not an attack.
            if (isPublic(route.pattern()) || (!route.reads() && !takesObject)) {
                continue;
            }
            String path = fill(route.pattern()) + (route.reads() ? queryWithSecret() : "");
            boolean api = route.pattern().startsWith("/api/");
            HttpResponse<String> response = api
                    ? outsider.sendJson(route.method(), path, route.reads() ? null : writeBody())
                    : route.reads() ? outsider.get(path) : outsider.postForm(path, writeForm());
            int status = response.statusCode();
            for (String secret : secrets) {
                if (response.body().contains(secret)) {
                    int at = response.body().indexOf(secret);
                    leaks.add(route + " shows '" + secret + "' (" + status + "): "
                            + response.body()
                                    .substring(
                                            Math.max(0, at - 80),
                                            Math.min(response.body().length(), at + 40)));
                }
            }
            if (takesObject && !isReferenceRead(route) && status != 403 && status != 404) {
                leaks.add(route + " -> " + status + " on a Thanh Hóa object");
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(DatabaseFingerprint.of(jdbc))
                .as("refused requests and reads change nothing")
                .isEqualTo(before);
    }

    /** Units are reference data every signed-in user may read; their pages must still hide scoped content. */
    private static boolean isReferenceRead(Route route) {
        return route.reads()
                && (route.pattern().equals("/units/{code}") || route.pattern().equals("/api/v1/units/{code}"));
    }

    /** Searches for a secret by its beginning: the page may echo the query, but must not complete it. */
    private String queryWithSecret() {
        String secret = secrets.get(0);
        String start = secret.substring(0, secret.length() - 1);
        return "?q=" + java.net.URLEncoder.encode(start, java.nio.charset.StandardCharsets.UTF_8) + "&parent=38";
    }

    private static String writeBody() {
        return "{\"name\":\"Đổi tên trái phép\",\"displayName\":\"x\",\"unitCode\":\"51\","
                + "\"active\":false,\"version\":0,\"password\":\"một mật khẩu rất dài mới\"}";
    }

    private static Map<String, String> writeForm() {
        return Map.of(
                "name",
                "Đổi tên trái phép",
                "displayName",
                "x",
                "active",
                "false",
                "version",
                "0",
                "password",
                "một mật khẩu rất dài mới");
    }

    private String fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String[] segments = before.split("/");
            String key = (segments.length == 0 ? "" : segments[segments.length - 1]) + "/" + m.group(1);
            String value = provinceA.get(key);
            assertThat(value)
                    .as(
                            "no ScopeFixture provides a province-A object for {%s} in %s (key %s)",
                            m.group(1), pattern, key)
                    .isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isPublic(String pattern) {
        List<String> all = new ArrayList<>(PublicRoutes.PAGES);
        all.addAll(PublicRoutes.API);
        return matchesAny(all, pattern);
    }

    private static boolean isAdministration(String pattern) {
        return matchesAny(PublicRoutes.ADMINISTRATION, pattern);
    }

    private static boolean matchesAny(List<String> patterns, String route) {
        PathContainer path = PathContainer.parsePath(route.replaceAll("\\{[^}]+}", "1"));
        return patterns.stream()
                .anyMatch(p -> PathPatternParser.defaultInstance.parse(p).matches(path));
    }
}
