package org.imcregistry.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The clients of {@link PublicBenchmark}: readers of record pages, programs searching the API, a crawler. */
final class PublicClients {

    static final int PAGES_PER_ROUND = 1_600;
    static final int SEARCHES_PER_ROUND = 800;

    /** A round's latencies (milliseconds) and how many answers were not 200. */
    record Round(double pageP50, double pageP95, double apiP50, double apiP95, int errors) {
    }

    private PublicClients() {
    }

    /** One round: the page requests and the searches, shuffled together, sent by {@code clients} at once. */
    static Round round(HttpClient http, String base, List<Long> ids, List<String> searches, int clients,
            Random random) throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < PAGES_PER_ROUND; i++) {
            paths.add("/good-practices/" + ids.get(random.nextInt(ids.size())));
        }
        for (int i = 0; i < SEARCHES_PER_ROUND; i++) {
            paths.add(searches.get(i % searches.size()));
        }
        Collections.shuffle(paths, random);
        List<Double> pages = Collections.synchronizedList(new ArrayList<>());
        List<Double> api = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                        String path = paths.get(i);
                        long start = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        double ms = (System.nanoTime() - start) / 1e6;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        (path.startsWith("/api/") ? api : pages).add(ms);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        return new Round(SearchBenchmark.percentile(pages, 50), SearchBenchmark.percentile(pages, 95),
                SearchBenchmark.percentile(api, 50), SearchBenchmark.percentile(api, 95), errors.get());
    }

    /** Ten single words, ten pairs and ten words with a theme and a country, in all three languages, as API calls. */
    static List<String> searches(Map<String, List<String>> words) {
        Random random = new Random(7);
        List<String> languages = List.of("en", "nb", "pl");
        List<String> searches = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<String> corpus = words.get(languages.get(i % 3));
            String q = SearchBenchmark.word(corpus, random) + (i >= 10 ? " " + SearchBenchmark.word(corpus, random) : "");
            String path = "/api/v1/practices?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
            if (i >= 20) {
                path += "&theme=" + SearchBenchmark.THEMES.get(random.nextInt(SearchBenchmark.THEMES.size()))
                        + "&country=" + SearchBenchmark.COUNTRIES.get(random.nextInt(SearchBenchmark.COUNTRIES.size()));
            }
            searches.add(path);
        }
        return searches;
    }

    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    /** The sitemap index and each of its parts, as a crawler reads them: how many record addresses in all. */
    static long sitemapOverHttp(HttpClient http, String base) throws Exception {
        String index = get(http, base + "/sitemap.xml");
        long urls = 0;
        if (!index.contains("<sitemapindex")) {
            // Up to 50,000 records: one file, which also lists the newest-first list.
            Matcher locs = LOC.matcher(index);
            while (locs.find()) {
                urls += locs.group(1).matches(".*/good-practices/\\d+") ? 1 : 0;
            }
            return urls;
        }
        Matcher parts = LOC.matcher(index);
        while (parts.find()) {
            String part = get(http, base + URI.create(parts.group(1)).getPath());
            Matcher locs = LOC.matcher(part);
            while (locs.find()) {
                urls++;
            }
        }
        return urls;
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

}
