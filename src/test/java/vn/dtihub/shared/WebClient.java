package vn.dtihub.shared;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the integration tests: real HTTP to the running application, cookies kept,
 * redirects not followed (tests look at them), the CSRF token read from the page as a browser's script would.
 */
public final class WebClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;
    private String bearer;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static WebClient signedIn(int port, String username, String password) {
        WebClient client = new WebClient(port);
        HttpResponse<String> response = client.login(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "Sign-in of " + username + " failed: " + response.statusCode() + " " + location);
        }
        client.refreshCsrf();
        return client;
    }

    /** A signed-in client, or null when the application refuses the sign-in. */
    public static WebClient signedInOrNull(int port, String username, String password) {
        WebClient client = new WebClient(port);
        HttpResponse<String> response = client.login(username, password);
        if (response.headers().firstValue("Location").orElse("").contains("/login")) {
            return null;
        }
        client.refreshCsrf();
        return client;
    }

    /** An API client signed in with a bearer token issued for a user's password. */
    public static WebClient api(int port, String username, String password) {
        HttpResponse<String> issued = new WebClient(port)
                .sendJson(
                        "POST",
                        "/api/v1/auth/token",
                        tools.jackson.databind.json.JsonMapper.builder()
                                .build()
                                .writeValueAsString(java.util.Map.of("username", username, "password", password)));
        if (issued.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + issued.body());
        }
        return withToken(
                port,
                tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(issued.body())
                        .get("token")
                        .asString());
    }

    public static WebClient withToken(int port, String token) {
        WebClient client = new WebClient(port);
        client.bearer = token;
        return client;
    }

    public HttpResponse<String> login(String username, String password) {
        String page = get("/login").body();
        Matcher m = CSRF_INPUT.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", m.group(1)), false);
    }

    /** Reads the CSRF token of the session from a page, as the layout exposes it to htmx. */
    public String refreshCsrf() {
        Matcher m = CSRF_META.matcher(get("/profile").body());
        csrf = m.find() ? m.group(1) : null;
        return csrf;
    }

    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().header("Accept", "text/html"));
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::header);
        return send(builder);
    }

    /** A download (xlsx, docx, pdf): the bytes as sent. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> getJson(String path) {
        return send(request(path).GET().header("Accept", "application/json"));
    }

    /** A form post carrying the session's CSRF token. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postForm(path, all, false);
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields, boolean unused) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart upload: text fields, and one file when a name is given. */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = java.util.UUID.randomUUID().toString();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((k, v) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (csrf != null && bearer == null) {
            builder.header("X-CSRF-TOKEN", csrf);
        }
        return send(builder);
    }

    public HttpResponse<String> sendJson(String method, String path, String json) {
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null && bearer == null) {
            builder.header("X-CSRF-TOKEN", csrf);
        }
        return send(builder);
    }

    public HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder builder = request(path)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
