package org.imcregistry.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent people using the packaged app over HTTP, the way their browsers do: each signs in through the login
 * form, searches, opens a record, opens their self-assessment and ticks an answer. A Vaadin page is a bootstrap
 * page, an {@code ?v-r=init} request that creates the UI, and UIDL messages (navigation, clicks, property changes)
 * that the server answers with changes to the page; this driver sends exactly those, so the server does the same
 * work as for a browser (views built, queries run, answers saved) without 200 browsers on a 2-core machine.
 *
 * <p>Args: base URL, app pid (for the heap figures), users, ramp-up seconds, think time ms (mean), time limit s.
 * Prints one line {@code BENCH load users=… requests=… errors=… p50_ms=… p95_ms=… heap_per_session_kb=…}.
 */
public final class LoadBenchmark {

    private static final Pattern RECORD_LINK = Pattern.compile("practices/(\\d+)");
    private static final String[] WORDS = {"kommune", "waste", "transport", "school", "water", "cooperation",
            "gmina", "samarbeid", "health", "tourism"};

    private final String base;
    private final String password;
    private final long thinkMillis;
    private final long deadline;
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> latenciesByStep = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ThreadLocal<String> STEP = ThreadLocal.withInitial(() -> "other");
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger finished = new AtomicInteger();

    private LoadBenchmark(String base, String password, long thinkMillis, long deadline) {
        this.base = base;
        this.password = password;
        this.thinkMillis = thinkMillis;
        this.deadline = deadline;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int users = Integer.parseInt(args[2]);
        int rampUpSeconds = Integer.parseInt(args[3]);
        long thinkMillis = Long.parseLong(args[4]);
        int limitSeconds = Integer.parseInt(args[5]);
        String password = args[6];

        // One user first, not timed, so that the JIT and caches are warm; then the heap baseline.
        LoadBenchmark warmUp = new LoadBenchmark(base, password, 0, System.nanoTime() + 120_000_000_000L);
        for (int i = 0; i < 3; i++) {
            warmUp.user("load-" + users);
        }
        long heapBefore = heapAfterGc(pid);

        LoadBenchmark load = new LoadBenchmark(base, password, thinkMillis,
                System.nanoTime() + limitSeconds * 1_000_000_000L);
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= users; i++) {
            String username = "load-" + i;
            long delay = rampUpSeconds * 1000L * (i - 1) / users;
            threads.add(Thread.ofVirtual().start(() -> {
                sleep(delay);
                load.user(username);
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // Every user's session is still open (30 minutes idle timeout): the heap now holds all of them.
        long heapAfter = heapAfterGc(pid);

        List<Long> sorted = new ArrayList<>(load.latencies);
        sorted.sort(null);
        load.latenciesByStep.forEach((step, times) -> {
            List<Long> byStep = new ArrayList<>(times);
            byStep.sort(null);
            System.out.printf("  %-16s %5d requests  p50 %4d ms  p95 %4d ms%n", step, byStep.size(),
                    percentile(byStep, 50), percentile(byStep, 95));
        });
        load.errors.stream().limit(10).forEach(e -> System.err.println("error: " + e));
        System.out.printf("%d users finished their visit in %.1f s, %d of them cut short by the time limit;"
                + " heap after GC %d MB before, %d MB with the sessions%n", load.finished.get(), seconds,
                users - load.finished.get(), heapBefore >> 20, heapAfter >> 20);
        System.out.printf("BENCH load users=%d requests=%d errors=%d p50_ms=%d p95_ms=%d heap_per_session_kb=%d%n",
                users, sorted.size(), load.errors.size(), percentile(sorted, 50), percentile(sorted, 95),
                Math.max(0, (heapAfter - heapBefore) / users / 1024));
    }

    /** One person's visit: sign in, search, open a record, open their self-assessment, tick an answer. */
    private void user(String username) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        VaadinUi.Sender sender = request -> send(http, request);
        try {
            STEP.set("sign in");
            VaadinUi.signIn(sender, base, username, password);
            think();

            String word = WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)];
            STEP.set("search");
            get(http, "/practices?q=" + word);
            VaadinUi ui = new VaadinUi(sender, base, "practices", "q=" + word);
            String results = ui.open();
            VaadinUi.expect(results, "found", "search results for " + word);
            think();

            Matcher record = RECORD_LINK.matcher(results);
            String recordRoute = record.find() ? "practices/" + record.group(1) : "practices/1";
            STEP.set("record");
            VaadinUi.expect(ui.navigate(recordRoute, ""), "Similar practices", "record " + recordRoute);
            think();

            STEP.set("assessment list");
            String assessments = ui.navigate("assessments", "");
            VaadinUi.expect(assessments, "Answer", "the self-assessment list");
            think();
            STEP.set("answer form");
            String form = ui.click(ui.buttonWithText("Answer"));
            VaadinUi.expect(form, "criteria answered", "the answer form");
            int box = ui.firstUncheckedCheckbox();
            STEP.set("save answer");
            VaadinUi.expect(ui.tick(box), "Saved", "saving an answer");
            finished.incrementAndGet();
        } catch (DeadlineReached stop) {
            // the time limit cut the visit short; what was measured stays
        } catch (Exception | AssertionError failure) {
            errors.add(username + ": " + failure.getMessage());
        }
    }

    private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return send(http, HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** Every request is timed; a status other than 2xx or a redirect is an error. */
    private HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new DeadlineReached();
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        latencies.add(millis);
        latenciesByStep.computeIfAbsent(STEP.get(), k -> new ConcurrentLinkedQueue<>()).add(millis);
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + "?"
                    + request.uri().getQuery() + " answered " + response.statusCode());
        }
        return response;
    }

    private void think() {
        if (thinkMillis > 0) {
            sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis));
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Used heap after a full collection, read from the app's JVM with jcmd. */
    private static long heapAfterGc(long pid) throws IOException, InterruptedException {
        String jcmd = ProcessHandle.current().info().command().map(c -> c.replaceAll("java$", "jcmd")).orElse("jcmd");
        run(jcmd, String.valueOf(pid), "GC.run");
        sleep(500);
        run(jcmd, String.valueOf(pid), "GC.run");
        String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("heap .*used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("cannot read the heap: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class DeadlineReached extends RuntimeException {
    }
}
