package org.imcregistry.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
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
        try {
            STEP.set("sign-in page");
            String loginPage = get(http, "/login").body();
            Matcher token = CSRF.matcher(loginPage);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            new Ui(http, "login", "").open();
            think();
            STEP.set("sign in");
            HttpResponse<String> signIn = send(http, HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                            "_csrf", token.group(1))))).build());
            String location = signIn.headers().firstValue("Location").orElse("");
            if (signIn.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in refused for " + username + ": " + location);
            }
            think();

            String word = WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)];
            STEP.set("search");
            get(http, "/practices?q=" + word);
            Ui ui = new Ui(http, "practices", "q=" + word);
            String results = ui.open();
            expect(results, "found", "search results for " + word);
            think();

            Matcher record = RECORD_LINK.matcher(results);
            String recordRoute = record.find() ? "practices/" + record.group(1) : "practices/1";
            STEP.set("record");
            expect(ui.navigate(recordRoute, ""), "Similar practices", "record " + recordRoute);
            think();

            STEP.set("assessment list");
            String assessments = ui.navigate("assessments", "");
            expect(assessments, "Answer", "the self-assessment list");
            think();
            STEP.set("answer form");
            String form = ui.click(ui.buttonWithText("Answer"));
            expect(form, "criteria answered", "the answer form");
            int box = ui.firstUncheckedCheckbox();
            STEP.set("save answer");
            expect(ui.tick(box), "Saved", "saving an answer");
            finished.incrementAndGet();
        } catch (DeadlineReached stop) {
            // the time limit cut the visit short; what was measured stays
        } catch (Exception | AssertionError failure) {
            errors.add(username + ": " + failure.getMessage());
        }
    }

    /** One browser tab's Vaadin UI: its id, security key, message counters and the element tree it was sent. */
    private final class Ui {
        private final HttpClient http;
        private final String route;
        private final String query;
        private int uiId;
        private String securityKey;
        private long syncId;
        private long clientId;
        private final Map<Integer, Node> nodes = new HashMap<>();

        Ui(HttpClient http, String route, String query) {
            this.http = http;
            this.route = route;
            this.query = query;
        }

        String open() throws IOException, InterruptedException {
            HttpResponse<String> init = get(http, "/?v-r=init&location=" + encode(route) + "&query=" + encode(query));
            JsonNode config = JSON.readTree(init.body()).get("appConfig");
            uiId = config.get("v-uiId").asInt();
            JsonNode uidl = config.get("uidl");
            securityKey = uidl.get("Vaadin-Security-Key").asString();
            syncId = uidl.get("syncId").asLong();
            clientId = uidl.get("clientId").asLong();
            absorb(uidl);
            return navigate(route, query);
        }

        String navigate(String to, String toQuery) throws IOException, InterruptedException {
            return rpc("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                    + JSON.writeValueAsString(to) + ",\"query\":" + JSON.writeValueAsString(toQuery)
                    + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
        }

        String click(int node) throws IOException, InterruptedException {
            return rpc("[{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                    + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":0,"
                    + "\"event.clientY\":0,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":0,"
                    + "\"event.screenX\":0}}]");
        }

        String tick(int checkbox) throws IOException, InterruptedException {
            return rpc("[{\"type\":\"mSync\",\"node\":" + checkbox + ",\"feature\":1,\"property\":\"checked\","
                    + "\"value\":true},{\"type\":\"event\",\"node\":" + checkbox + ",\"event\":\"checked-changed\","
                    + "\"data\":{}}]");
        }

        int buttonWithText(String text) {
            return nodes.entrySet().stream().filter(e -> "vaadin-button".equals(e.getValue().tag)
                    && text.equals(text(e.getKey()).strip())).mapToInt(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no button " + text));
        }

        int firstUncheckedCheckbox() {
            return nodes.entrySet().stream().filter(e -> "vaadin-checkbox".equals(e.getValue().tag)
                    && !Boolean.TRUE.equals(e.getValue().checked)).mapToInt(Map.Entry::getKey).min()
                    .orElseThrow(() -> new IllegalStateException("no checkbox left to tick"));
        }

        private String text(int node) {
            Node n = nodes.get(node);
            if (n == null) {
                return "";
            }
            StringBuilder all = new StringBuilder(n.text == null ? "" : n.text);
            n.children.forEach(child -> all.append(text(child)));
            return all.toString();
        }

        private String rpc(String calls) throws IOException, InterruptedException {
            String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":" + calls + ",\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> response = send(http, HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            String text = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
            JsonNode message = JSON.readTree(text);
            if (message.isArray()) {
                message = message.get(0);
            }
            JsonNode meta = message.get("meta");
            if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
                throw new IllegalStateException("the app reported " + meta);
            }
            if (message.has("syncId")) {
                syncId = message.get("syncId").asLong();
            }
            if (message.has("clientId")) {
                clientId = message.get("clientId").asLong();
            }
            absorb(message);
            if (text.contains("Something went wrong")) {
                throw new IllegalStateException("the app showed its error message");
            }
            return text;
        }

        /** Keeps the element tree up to date: tags, texts, children, and whether a checkbox is ticked. */
        private void absorb(JsonNode message) {
            JsonNode changes = message.get("changes");
            if (changes == null) {
                return;
            }
            for (JsonNode change : changes) {
                String type = change.path("type").asString();
                if ("detach".equals(type)) {
                    nodes.remove(change.get("node").asInt());
                    continue;
                }
                Node node = nodes.computeIfAbsent(change.get("node").asInt(), n -> new Node());
                String key = change.path("key").asString();
                if ("put".equals(type) && "tag".equals(key)) {
                    node.tag = change.get("value").asString();
                } else if ("put".equals(type) && "text".equals(key)) {
                    node.text = change.get("value").asString();
                } else if ("put".equals(type) && "checked".equals(key)) {
                    node.checked = change.get("value").asBoolean();
                } else if ("clear".equals(type) && change.path("feat").asInt() == 2) {
                    node.children.clear();
                } else if ("splice".equals(type) && change.path("feat").asInt() == 2) {
                    int index = change.get("index").asInt();
                    for (int i = 0; i < change.path("remove").asInt(0) && index < node.children.size(); i++) {
                        node.children.remove(index);
                    }
                    List<Integer> added = new ArrayList<>();
                    change.path("addNodes").forEach(n -> added.add(n.asInt()));
                    node.children.addAll(Math.min(index, node.children.size()), added);
                }
            }
        }
    }

    private static final class Node {
        String tag;
        String text;
        Boolean checked;
        final List<Integer> children = new ArrayList<>();
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

    private static void expect(String response, String text, String what) {
        if (!response.contains(text)) {
            Matcher shown = Pattern.compile("\"key\":\"text\",\"feat\":7,\"value\":\"([^\"]{1,200})\"").matcher(response);
            List<String> texts = new ArrayList<>();
            while (shown.find() && texts.size() < 8) {
                texts.add(shown.group(1));
            }
            throw new IllegalStateException(what + ": the response lacks \"" + text + "\"; it shows " + texts + " " + response.substring(0, Math.min(600, response.length())));
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        return body.toString();
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
