package vn.dtihub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dtihub.shared.IntegrationTest;
import vn.dtihub.shared.WebClient;

/** Headers an attacker could bend: a forged Host never comes back in a redirect; text names its charset. */
class ResponseHeadersIT extends IntegrationTest {

    @LocalServerPort
    int port;

    /** The response's status line and headers to a raw request (the JDK client will not send a forged Host). */
    private List<String> raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }

    @Test
    void aForgedHostIsNeverSentBackInARedirect() throws Exception {
        for (String path : List.of("/plans", "/my-tasks?show=late", "/admin/users", "/forms")) {
            List<String> response = raw("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(response.get(0)).as(path).contains(" 302");
            String location = response.stream()
                    .filter(l -> l.toLowerCase().startsWith("location:"))
                    .findFirst()
                    .orElseThrow();
            assertThat(location).as(path).doesNotContain("evil.example").contains(": /");
        }
        List<String> forwarded = raw("GET /plans HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        assertThat(String.join("\n", forwarded)).doesNotContain("evil.example");
    }

    @Test
    void jsonCssAndScriptNameUtf8() {
        WebClient office = WebClient.api(port, "thanhhoa.cds", vn.dtihub.shared.IntegrationTest.DEMO_PASSWORD);
        assertThat(office.getJson("/api/v1/me")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .containsIgnoringCase("application/json")
                .containsIgnoringCase("charset=utf-8");
        assertThat(office.getJson("/api/v1/units/nope")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .containsIgnoringCase("charset=utf-8");
        WebClient browser = new WebClient(port);
        String page = browser.get("/login").body();
        var css = java.util.regex.Pattern.compile("href=\"(/css/[^\"]+)\"").matcher(page);
        assertThat(css.find()).isTrue();
        assertThat(browser.get(css.group(1))
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .containsIgnoringCase("text/css")
                .containsIgnoringCase("charset=utf-8");
    }
}
