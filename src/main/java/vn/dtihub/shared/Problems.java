package vn.dtihub.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents for the API, written the same way by controllers, the error page and the security
 * filters: a title, a detail a person can act on, the field at fault when there is one, and the correlation id
 * that the server log carries too. Never a stack trace, SQL or a path on disk.
 */
public final class Problems {

    public static final String CORRELATION_ID = "correlationId";
    private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", StandardCharsets.UTF_8);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    /** Requests that want JSON rather than a page: the API, or a client that does not accept HTML. */
    public static boolean wantsJson(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (uri.startsWith("/api/") || uri.startsWith("/v3/api-docs")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    public static Map<String, Object> body(HttpStatus status, String detail, String field, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create("about:blank").toString());
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        if (field != null) {
            body.put("field", field);
        }
        body.put("instance", request.getRequestURI());
        String correlation = MDC.get(CORRELATION_ID);
        if (correlation != null) {
            body.put(CORRELATION_ID, correlation);
        }
        return body;
    }

    public static void write(HttpServletResponse response, HttpStatus status, Map<String, Object> body)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
        response.flushBuffer();
    }

    public static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail, String field)
            throws IOException {
        write(response, status, body(status, detail, field, request));
    }
}
