package org.imcregistry.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The failover drill's driver ({@code bench/run cluster}): simulated people sign in through the balancer and work
 * (search, open a record, look at their account) while {@link IndexLagProbe} publishes on one instance and searches
 * on the other. Mid-run it kills instance a with SIGKILL; its people meet the other instance, sign in again and go
 * on. The script restarts a; at the end every acknowledged record is looked for in the database and both indexes are
 * compared with it.
 *
 * <p>Args: balancer URL, a's URL, b's URL, a's pid, users, run seconds, kill after seconds, drill token, password.
 * Prints {@code BENCH cluster nodes=2 users=… requests=… errors=… failover_errors=… index_lag_p95_ms=… acked=… lost=…
 * index_diff=…}: errors are failures outside the killed instance's sessions, failover_errors those inside them.
 */
public final class ClusterBenchmark {

    /** The instance a person's cookie named when their latest request left, for a failure while signing in. */
    private static final ThreadLocal<String> HELD = ThreadLocal.withInitial(() -> "?");

    private final String balancer;
    private final String password;
    private final long deadline;
    private volatile long killedAt;
    private final AtomicInteger requests = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failoverErrors = new ConcurrentLinkedQueue<>();

    private ClusterBenchmark(String balancer, String password, long deadline) {
        this.balancer = balancer;
        this.password = password;
        this.deadline = deadline;
    }

    public static void main(String[] args) throws Exception {
        DrillNode a = new DrillNode("a", args[1], args[7]);
        DrillNode b = new DrillNode("b", args[2], args[7]);
        long pidA = Long.parseLong(args[3]);
        int users = Integer.parseInt(args[4]);
        long seconds = Long.parseLong(args[5]);
        long killAfter = Long.parseLong(args[6]);
        long start = System.nanoTime();
        ClusterBenchmark drill = new ClusterBenchmark(args[0], args[8], start + seconds * 1_000_000_000L);
        IndexLagProbe probe = new IndexLagProbe(List.of(a, b), drill.deadline);

        List<Thread> threads = new ArrayList<>(List.of(Thread.ofPlatform().start(probe)));
        for (int i = 1; i <= users; i++) {
            String username = "drill-" + i;
            long delay = 10_000L * (i - 1) / users;
            threads.add(Thread.ofVirtual().start(() -> drill.person(username, delay)));
        }
        Thread.sleep(killAfter * 1000);
        ProcessHandle.of(pidA).orElseThrow().destroyForcibly(); // SIGKILL
        a.killed = true;
        drill.killedAt = System.nanoTime();
        System.out.printf("killed a after %d s%n", killAfter);
        while (!a.healthy()) { // the script starts it again
            Thread.sleep(200);
        }
        a.killed = false;
        System.out.printf("a answers again %.1f s after the kill%n", (System.nanoTime() - drill.killedAt) / 1e9);
        for (Thread thread : threads) {
            thread.join();
        }

        Thread.sleep(3000); // the follower polls twice a second; give the restarted one a few rounds
        String ids = probe.acked.stream().map(String::valueOf).collect(Collectors.joining(" "));
        long lost = b.lost(ids).get("lost").asLong();
        long diff = 0;
        for (DrillNode node : List.of(a, b)) {
            var index = node.index();
            System.out.println("index of " + node.name + ": " + index);
            diff += index.get("missing").asLong() + index.get("extra").asLong();
        }
        List<Long> lags = new ArrayList<>(probe.lagMillis);
        lags.sort(null);
        drill.errors.addAll(probe.errors);
        drill.errors.stream().limit(10).forEach(e -> System.err.println("error: " + e));
        drill.failoverErrors.stream().limit(5).forEach(e -> System.err.println("failover: " + e));
        System.out.printf("index lag over %d records: p50 %d ms, max %d ms; %d not found within 15 s%n", lags.size(),
                percentile(lags, 50), lags.isEmpty() ? 0 : lags.getLast(), probe.notFound);
        System.out.printf("BENCH cluster nodes=2 users=%d requests=%d errors=%d failover_errors=%d index_lag_p95_ms=%d"
                + " acked=%d lost=%d index_diff=%d%n", users, drill.requests.get(), drill.errors.size() + probe.notFound,
                drill.failoverErrors.size(), percentile(lags, 95), probe.acked.size(), lost, diff);
    }

    /** Signs in, then searches, opens a record and looks at their account until the end; signs in again if refused. */
    private void person(String username, long delay) {
        sleep(delay);
        while (System.nanoTime() < deadline) {
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            VaadinUi.Sender sender = request -> {
                HELD.set(node(cookies));
                return send(http, request);
            };
            long sessionStarted = System.nanoTime();
            String node = "?";
            try {
                VaadinUi.signIn(sender, balancer, username, password);
                node = node(cookies);
                while (System.nanoTime() < deadline) {
                    VaadinUi ui = new VaadinUi(sender, balancer, "practices", "q=drill");
                    VaadinUi.expect(ui.open(), "found", "search on " + node);
                    think();
                    VaadinUi.expect(ui.navigate("account", ""), username, "my account on " + node);
                    think();
                }
            } catch (Exception | AssertionError failure) {
                // The session lives where the person signed in (the balancer re-labels them once they meet the other).
                String sessionOn = node.equals("?") ? HELD.get() : node;
                boolean killedUnderThem = killedAt != 0 && sessionStarted < killedAt && "a".equals(sessionOn);
                (killedUnderThem ? failoverErrors : errors).add(username + ": " + failure.getMessage());
                sleep(500); // a person reads the message, then signs in again
            }
        }
    }

    /** Which instance the balancer keeps this person on: its stickiness cookie. */
    private String node(CookieManager cookies) {
        return cookies.getCookieStore().get(URI.create(balancer)).stream().filter(c -> c.getName().equals("IMC_NODE"))
                .map(HttpCookie::getValue).findFirst().orElse("?");
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        requests.incrementAndGet();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode());
        }
        return response;
    }

    private static void think() {
        sleep(1000 + ThreadLocalRandom.current().nextLong(2000));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
