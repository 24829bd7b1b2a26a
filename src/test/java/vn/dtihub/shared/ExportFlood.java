package vn.dtihub.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run by {@link HeavyWorkIT} in its own low-priority process, as a remote client would be: 30 loops fetching one URL
 * with a bearer token, each retrying 100 ms after a 429, for some seconds; prints the count of each status.
 */
public final class ExportFlood {

    private ExportFlood() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String token = args[1];
        long until = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Thread[] loops = new Thread[30];
        for (int i = 0; i < loops.length; i++) {
            loops[i] = new Thread(() -> {
                HttpClient http = HttpClient.newHttpClient();
                while (System.nanoTime() < until) {
                    int status;
                    try {
                        HttpResponse<byte[]> r = http.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .header("Authorization", "Bearer " + token)
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        status = r.statusCode() == 429
                                        && r.headers().firstValue("Retry-After").isEmpty()
                                ? 4290
                                : r.statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    if (status == 429) {
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
            loops[i].start();
        }
        for (Thread t : loops) {
            t.join();
        }
        Map<Integer, Integer> out = new TreeMap<>();
        statuses.forEach((k, v) -> out.put(k, v.get()));
        System.out.println("STATUSES " + out);
    }
}
