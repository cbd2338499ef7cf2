package org.imcregistry.bench;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcregistry.Application;
import org.imcregistry.search.PracticeIndex;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bench/run public [N] [CLIENTS]}: N public records (default 100,000, words drawn from the demo records as in
 * the search benchmark), then CLIENTS concurrent clients (default 4) on loopback request public record pages
 * ({@code /good-practices/{id}}, random ids) and API searches (a fixed mix of words, two words, and words with two
 * filters) over HTTP: one unmeasured round right after the index is built (the cold figure) and one more to warm up,
 * then three measured rounds (warm, medians of the rounds). The sitemap is fetched over HTTP from the app, and then written once more in a
 * JVM of its own with a 64 MB heap ({@code SitemapProbe}), whose time and heap are the ones reported.
 */
public final class PublicBenchmark {

    private static final int ROUNDS = 3;

    private PublicBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path data = Files.createTempDirectory(Path.of("target"), "bench-public-").toAbsolutePath();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.profiles.active=demo", "--imc.data-dir=" + data, "--logging.level.root=warn",
                "--logging.level.org.imcregistry=warn", "--vaadin.launch-browser=false",
                "--imc.api.requests-per-minute=1000000000");
        List<Long> ids;
        PublicClients.Round cold;
        List<PublicClients.Round> warm = new ArrayList<>();
        long sitemapHttpMs;
        long sitemapUrls;
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Map<String, List<String>> words = SearchBenchmark.corpus();
            int existing = jdbc.queryForObject("select count(*) from practice where status = 'PUBLISHED'", Integer.class);
            long start = System.nanoTime();
            SearchBenchmark.generate(jdbc, documents - existing, words);
            System.err.printf("generated %d records in %.1f s%n", documents - existing, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            long indexed = app.getBean(PracticeIndex.class).rebuild().documents();
            System.err.printf("indexed %d records in %.1f s%n", indexed, (System.nanoTime() - start) / 1e9);
            ids = jdbc.queryForList("select id from practice where status = 'PUBLISHED'", Long.class);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> searches = PublicClients.searches(words);
            cold = PublicClients.round(http, base, ids, searches, clients, new Random(1));
            System.err.println("cold " + cold);
            // One more unmeasured round, so that the measured ones meet compiled code (JIT), not the interpreter.
            System.err.println("warm-up " + PublicClients.round(http, base, ids, searches, clients, new Random(2)));
            for (int r = 0; r < ROUNDS; r++) {
                warm.add(PublicClients.round(http, base, ids, searches, clients, new Random(100 + r)));
                System.err.println("warm " + warm.getLast());
            }
            List<Long> sitemapTimes = new ArrayList<>();
            sitemapUrls = 0;
            for (int r = 0; r < 3; r++) {
                long t = System.nanoTime();
                sitemapUrls = PublicClients.sitemapOverHttp(http, base);
                sitemapTimes.add((System.nanoTime() - t) / 1_000_000);
            }
            sitemapHttpMs = median(sitemapTimes);
            System.err.printf("sitemap over HTTP from the app: %d addresses, %s ms (median %d)%n", sitemapUrls,
                    sitemapTimes, sitemapHttpMs);
        } finally {
            app.close();
        }
        // The app has let go of the database file. H2 serves it from this JVM over TCP, as PostgreSQL would from its
        // own process, and the probe writes the sitemap with a 64 MB heap that holds the sitemap's work alone.
        System.gc();
        Thread.sleep(1_000);
        org.h2.tools.Server database = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-baseDir",
                data.toString(), "-ifExists").start();
        String java = ProcessHandle.current().info().command().orElse("java");
        String output;
        Process child;
        try {
            child = new ProcessBuilder(java, "-Xmx64m", "-Djava.io.tmpdir=target", "-cp",
                    System.getProperty("java.class.path"), "org.imcregistry.publicweb.SitemapProbe",
                    "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/imc")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            child.waitFor();
        } finally {
            database.stop();
        }
        String probe = output.lines().filter(l -> l.startsWith("SITEMAP ")).findFirst().orElse(output);
        if (child.waitFor() != 0 || !probe.startsWith("SITEMAP ")) {
            throw new IllegalStateException("the sitemap with a 64 MB heap failed: " + probe);
        }
        System.err.println("64 MB JVM: " + probe);
        int errors = cold.errors() + warm.stream().mapToInt(PublicClients.Round::errors).sum();
        System.err.printf(Locale.ROOT, "cold (first round after the index was built): page_p50_ms=%.1f "
                + "page_p95_ms=%.1f api_p50_ms=%.1f api_p95_ms=%.1f; warm api_p95_ms=%.1f; errors=%d; clients=%d%n",
                cold.pageP50(), cold.pageP95(), cold.apiP50(), cold.apiP95(),
                medianOf(warm, PublicClients.Round::apiP95), errors, clients);
        if (errors > 0 || value(probe, "urls") != ids.size() || sitemapUrls != ids.size()) {
            throw new IllegalStateException(errors + " failed requests; sitemap " + sitemapUrls + " and "
                    + value(probe, "urls") + " addresses for " + ids.size() + " records");
        }
        System.out.printf(Locale.ROOT, "BENCH public docs=%d page_p50_ms=%.1f page_p95_ms=%.1f api_p50_ms=%.1f "
                + "sitemap_ms=%d sitemap_heap_mb=%d%n", ids.size(), medianOf(warm, PublicClients.Round::pageP50),
                medianOf(warm, PublicClients.Round::pageP95), medianOf(warm, PublicClients.Round::apiP50), value(probe, "warm_ms"),
                value(probe, "live_heap_mb"));
    }

    private static long value(String line, String key) {
        Matcher m = Pattern.compile("\\b" + key + "=(\\d+)").matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static double medianOf(List<PublicClients.Round> rounds,
            java.util.function.ToDoubleFunction<PublicClients.Round> figure) {
        double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
