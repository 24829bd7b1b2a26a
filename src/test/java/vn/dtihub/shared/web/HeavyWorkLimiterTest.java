package vn.dtihub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * A caller's heavy request that arrives while the caller's previous one is just leaving the server (its answer already
 * read by the client, which sends the next at once) waits for it instead of being refused; one that arrives while
 * the previous one is still working is refused with 429 and Retry-After.
 */
class HeavyWorkLimiterTest {

    private final HeavyWorkLimiter limiter;

    HeavyWorkLimiterTest() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.heavyPerCaller", Locale.forLanguageTag("vi"), "Bạn đang chạy {0} việc nặng");
        limiter = new HeavyWorkLimiter(1, 4, messages, new FixedLocaleResolver(Locale.forLanguageTag("vi")));
    }

    private static MockHttpServletRequest export() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/plans/7/export");
        request.addHeader("Authorization", "Bearer same-caller-token");
        request.addHeader("Accept", "application/json");
        return request;
    }

    /** The status the second request gets when the first leaves the server {@code leavesAfter} ms after it arrived. */
    private int secondWhileTheFirstTakes(long leavesAfter) throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch firstMayLeave = new CountDownLatch(1);
        FilterChain slow = (req, res) -> {
            firstInside.countDown();
            try {
                firstMayLeave.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> {
                limiter.doFilter(export(), new MockHttpServletResponse(), slow);
                return null;
            });
            assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
            MockHttpServletResponse second = new MockHttpServletResponse();
            Future<?> secondDone = pool.submit(() -> {
                limiter.doFilter(
                        export(),
                        second,
                        (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200));
                return null;
            });
            Thread.sleep(leavesAfter);
            firstMayLeave.countDown();
            first.get(10, TimeUnit.SECONDS);
            secondDone.get(10, TimeUnit.SECONDS);
            if (second.getStatus() == 429) {
                assertThat(second.getHeader("Retry-After")).isEqualTo("2");
                assertThat(second.getContentAsString()).contains("Bạn đang chạy 1 việc nặng");
            }
            return second.getStatus();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theNextRequestWaitsForThePreviousOneLeaving() throws Exception {
        assertThat(secondWhileTheFirstTakes(30)).isEqualTo(200);
    }

    @Test
    void aSecondJobWhileTheFirstWorksIsRefused() throws Exception {
        assertThat(secondWhileTheFirstTakes(1_000)).isEqualTo(429);
    }
}
