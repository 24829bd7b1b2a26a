package vn.dtihub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dtihub.shared.DtiHubProperties;
import vn.dtihub.shared.Problems;

/**
 * Heavy work (exports, printed documents, imports, what-if and robustness runs) is limited per user (or per address
 * when anonymous) and in total, so that one user looping exports cannot slow everybody else: past the limit the
 * answer is 429 with {@code Retry-After} (after at most 0.3 s), and nothing is done. The routes are those whose path ends as below.
 * It runs before sign-in checks, keyed by the caller's credential as sent (token, session cookie) or address, so that a
 * client hammering past its limit costs almost nothing; whether the caller may do the work at all is checked after.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class HeavyWorkLimiter extends OncePerRequestFilter {

    /** The heavy routes: exports and downloads of files made on request, printed results, imports, simulations. */
    static final Pattern HEAVY =
            Pattern.compile(".*/(export|pdf|scorecard|robustness|whatif|import|import/confirm|import/apply)$");

    /** How long a caller's request waits for the caller's previous one to leave (see {@link #admit}). */
    private static final long GRACE_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(300);

    private final int perCaller;
    private final Semaphore total;
    /** Heavy requests running per caller; a caller with none has no entry, so the map holds only who is busy. */
    private final ConcurrentHashMap<String, Integer> callers = new ConcurrentHashMap<>();

    private final org.springframework.context.MessageSource messages;
    private final org.springframework.web.servlet.LocaleResolver locales;

    @org.springframework.beans.factory.annotation.Autowired
    HeavyWorkLimiter(
            DtiHubProperties settings,
            org.springframework.context.MessageSource messages,
            org.springframework.web.servlet.LocaleResolver locales) {
        this(settings.heavy().perCaller(), settings.heavy().total(), messages, locales);
    }

    HeavyWorkLimiter(
            int perCaller,
            int total,
            org.springframework.context.MessageSource messages,
            org.springframework.web.servlet.LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
        this.perCaller = perCaller;
        this.total = new Semaphore(
                total > 0 ? total : Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HEAVY.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = caller(request);
        if (!admit(caller)) {
            refuse(request, response, "error.heavyPerCaller");
            return;
        }
        try {
            if (!total.tryAcquire()) {
                refuse(request, response, "error.heavyTotal");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                total.release();
            }
        } finally {
            callers.compute(caller, (k, running) -> running == null || running <= 1 ? null : running - 1);
        }
    }

    /**
     * Takes one of the caller's places, waiting a moment for one: a client that has read the whole answer to its
     * previous request may send the next before the server has left this filter, and that is not a second job at once.
     */
    private boolean admit(String caller) {
        long until = System.nanoTime() + GRACE_NANOS;
        while (true) {
            boolean[] admitted = {false};
            callers.compute(caller, (k, running) -> {
                int now = running == null ? 0 : running;
                if (now >= perCaller) {
                    return running;
                }
                admitted[0] = true;
                return now + 1;
            });
            if (admitted[0]) {
                return true;
            }
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Who asks, by what they send: a bearer token, a session cookie, or else the address. */
    private static String caller(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            return "token:" + Integer.toHexString(auth.hashCode()) + ":" + auth.length();
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("SESSION".equals(c.getName())) {
                    return "session:" + c.getValue();
                }
            }
        }
        return "addr:" + request.getRemoteAddr();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        java.util.Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage(key, new Object[] {perCaller}, locale);
        response.setHeader("Retry-After", "2");
        if (Problems.wantsJson(request)) {
            Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, detail, null);
        } else {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
                            + "\"><head><meta charset=\"utf-8\"><title>DTI Hub</title>" + "</head><body><main><p>"
                            + detail + "</p></main></body></html>");
        }
    }
}
