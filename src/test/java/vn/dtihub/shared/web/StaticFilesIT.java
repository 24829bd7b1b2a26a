package vn.dtihub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/** The files every page loads are served from their folders, WebJars without a version in the link; nothing else is. */
class StaticFilesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void thePagesAssetsAreServedAndNothingOutsideTheirFolders() {
        WebClient anonymous = new WebClient(port);
        Map<String, String> assets = Map.of(
                "/css/app.css", "text/css",
                "/js/app.js", "text/javascript",
                "/img/favicon.svg", "image/svg+xml",
                "/webjars/htmx.org/dist/htmx.min.js", "text/javascript",
                "/webjars/bootstrap/dist/css/bootstrap.min.css", "text/css");
        assets.forEach((path, type) -> {
            HttpResponse<String> r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith(type);
            assertThat(r.body()).as(path).isNotBlank();
        });
        assertThat(anonymous.get("/application.properties").statusCode())
                .as("the application's settings are no static file")
                .isNotEqualTo(200);
        assertThat(anonymous.get("/static/css/app.css").statusCode()).isNotEqualTo(200);
        String page = anonymous.get("/login").body();
        assertThat(page).as("the layout links its own files").contains("href=\"/css/app.css\"");
        java.util.regex.Matcher htmx = java.util.regex.Pattern.compile(
                        "src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js)\"")
                .matcher(page);
        assertThat(htmx.find()).as("WebJar links carry their version").isTrue();
        HttpResponse<String> versioned = anonymous.get(htmx.group(1));
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.headers().firstValue("Cache-Control").orElse(""))
                .as("a versioned file is kept by the browser")
                .contains("max-age=31536000");
    }
}
