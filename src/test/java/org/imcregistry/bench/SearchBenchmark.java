package org.imcregistry.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.imcregistry.Application;
import org.imcregistry.search.Facet;
import org.imcregistry.search.PracticeIndex;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bench/run search [N]}: generates N published records (default 100,000) in English, Norwegian and
 * Polish, with words drawn from the demo records so that their frequencies are natural, and sections of
 * realistic length; rebuilds the index from the database (the start-up repair path) and runs a fixed mix
 * of queries through the search the UI uses (single words, phrases, several words with two facet filters,
 * with facet counts and highlighted snippets). The same mix then runs as SQL {@code LIKE} queries on the
 * same H2 data as the baseline, and the same mix against PostgreSQL's full-text search over the same records
 * ({@link PostgresFullTextBaseline}), the peer. Reports medians and the 99th percentile.
 */
public final class SearchBenchmark {

    private static final int REPEATS = Integer.getInteger("bench.repeats", 7);
    /**
     * Passes of the mix before measuring, on both sides: with one the median still carried the JIT's compiling (9.3 ms
     * against 6.1), with three it still fell from 3.0 ms to 2.2 ms over a further 150 passes. The first pass is
     * reported apart as cold_p50_ms.
     */
    private static final int WARMUP_PASSES = Integer.getInteger("bench.warmup", 10);
    static final List<String> THEMES = List.of("MIGRATION_INTEGRATION", "LABOUR_MARKET_VET", "WASTE",
            "FIRE_RESCUE", "DIGITALISATION", "PUBLIC_TRANSPORT", "HEALTH_CARE", "CLIMATE_ENVIRONMENT",
            "TOURISM_CULTURE", "EDUCATION", "GOVERNANCE", "REGIONAL_DEVELOPMENT");
    static final List<String> COUNTRIES = List.of("NO", "PL", "SE", "DK", "DE", "GB");

    /** One query of the mix: the words, and two facet filters (or none). */
    private record BenchQuery(String text, String theme, String country) {
    }

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path data = Files.createTempDirectory(Path.of("target"), "bench-search-");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.profiles.active=demo",
                "--imc.data-dir=" + data.toAbsolutePath(), "--logging.level.root=warn",
                "--logging.level.org.imcregistry=warn", "--vaadin.launch-browser=false");
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Map<String, List<String>> words = corpus();
            long generateStart = System.nanoTime();
            generate(jdbc, documents, words);
            System.err.printf("generated %d records in %.1f s%n", documents, (System.nanoTime() - generateStart) / 1e9);

            PracticeIndex index = app.getBean(PracticeIndex.class);
            long indexStart = System.nanoTime();
            PracticeIndex.SyncReport report = index.rebuild();
            double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
            long indexed = report.documents();
            System.err.printf("indexed %d records in %.1f s%n", indexed, indexSeconds);

            List<BenchQuery> mix = mix(words);
            PracticeSearch search = app.getBean(PracticeSearch.class);
            // The first pass right after the rebuild is the cold figure (the JIT has compiled little of the search
            // yet, the new index's files are read for the first time); more passes warm up, as a running site is.
            List<Double> cold = new ArrayList<>();
            for (BenchQuery query : mix) {
                long start = System.nanoTime();
                search.search(request(query));
                cold.add((System.nanoTime() - start) / 1e6);
            }
            for (int warm = 0; warm < WARMUP_PASSES; warm++) {
                mix.forEach(query -> search.search(request(query)));
            }
            List<Double> lucene = new ArrayList<>();
            Map<String, List<Double>> byKind = new java.util.TreeMap<>();
            Map<String, Double> slowest = new HashMap<>();
            long hits = 0;
            for (int r = 0; r < REPEATS; r++) {
                for (BenchQuery query : mix) {
                    long start = System.nanoTime();
                    SearchPage page = search.search(request(query));
                    double ms = (System.nanoTime() - start) / 1e6;
                    lucene.add(ms);
                    slowest.merge(query.text() + " | " + query.theme() + " | " + page.total(), ms, Math::max);
                    byKind.computeIfAbsent(query.theme() != null ? "words+filters" : query.text().startsWith("\"")
                            ? "phrase" : "word", k -> new ArrayList<>()).add(ms);
                    hits += page.total();
                }
            }
            slowest.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(6)
                    .forEach(e -> System.err.printf(Locale.ROOT, "  slowest %.1f ms: %s%n", e.getValue(), e.getKey()));
            byKind.forEach((kind, times) -> System.err.printf(Locale.ROOT, "  %-14s p50 %.2f ms, p99 %.2f ms%n", kind,
                    percentile(times, 50), percentile(times, 99)));
            List<Double> like = new ArrayList<>();
            for (BenchQuery query : mix) {
                long start = System.nanoTime();
                likeSearch(jdbc, query);
                like.add((System.nanoTime() - start) / 1e6);
            }
            double p50 = percentile(lucene, 50);
            double p99 = percentile(lucene, 99);
            double likeP50 = percentile(like, 50);
            System.err.printf("queries: %d Lucene runs (%d hits in all), %d LIKE runs%n", lucene.size(), hits,
                    like.size());
            // -Dbench.peer=false leaves PostgreSQL out, for profiling the Lucene side alone
            List<Double> pg = !Boolean.parseBoolean(System.getProperty("bench.peer", "true")) ? null
                    : PostgresFullTextBaseline.timings(jdbc, mix.stream().map(q ->
                    new PostgresFullTextBaseline.Query(q.text(), q.theme(), q.country())).toList(), WARMUP_PASSES, REPEATS);
            String peer = pg == null ? " pg=not-installed" : String.format(Locale.ROOT,
                    " pg_p50_ms=%.2f pg_p99_ms=%.2f speedup_pg_p50=%.1f", percentile(pg, 50), percentile(pg, 99),
                    percentile(pg, 50) / p50);
            System.out.printf(Locale.ROOT, "BENCH search docs=%d index_docs_per_s=%.0f p50_ms=%.2f p99_ms=%.2f "
                    + "cold_p50_ms=%.2f like_p50_ms=%.0f speedup_p50=%.0f%s%n", indexed, indexed / indexSeconds, p50, p99,
                    percentile(cold, 50), likeP50, likeP50 / p50, peer);
        } finally {
            app.close();
        }
    }

    private static SearchQuery request(BenchQuery query) {
        Map<Facet, Set<String>> filters = new HashMap<>();
        if (query.theme() != null) {
            filters.put(Facet.THEME, Set.of(query.theme()));
            filters.put(Facet.COUNTRY, Set.of(query.country()));
        }
        return new SearchQuery(query.text(), filters, SearchQuery.Order.RELEVANCE, 0, SearchQuery.DEFAULT_PAGE_SIZE);
    }

    /** The same question in SQL: every word (or the phrase) somewhere in the title or a section, newest ten. */
    private static void likeSearch(JdbcTemplate jdbc, BenchQuery query) {
        List<String> terms = new ArrayList<>();
        String text = query.text();
        if (text.startsWith("\"")) {
            terms.add(text.replace("\"", ""));
        } else {
            terms.addAll(Arrays.asList(text.split("\\s+")));
        }
        StringBuilder sql = new StringBuilder("select p.id from practice p where p.status = 'PUBLISHED'");
        List<Object> parameters = new ArrayList<>();
        for (String term : terms) {
            sql.append(" and (lower(p.title) like ? or exists (select 1 from practice_section s"
                    + " where s.practice_id = p.id and lower(s.body) like ?))");
            parameters.add("%" + term.toLowerCase(Locale.ROOT) + "%");
            parameters.add("%" + term.toLowerCase(Locale.ROOT) + "%");
        }
        if (query.theme() != null) {
            sql.append(" and p.country = ? and exists (select 1 from practice_theme_link t where t.practice_id = p.id"
                    + " and t.theme = ?)");
            parameters.add(query.country());
            parameters.add(query.theme());
        }
        sql.append(" order by p.published_at desc fetch first 10 rows only");
        jdbc.queryForList(sql.toString(), Long.class, parameters.toArray());
    }

    /** Ten single words, ten phrases and ten pairs of words with two filters, from all three languages. */
    private static List<BenchQuery> mix(Map<String, List<String>> words) {
        Random random = new Random(7);
        List<BenchQuery> mix = new ArrayList<>();
        List<String> languages = List.of("en", "nb", "pl");
        for (int i = 0; i < 10; i++) {
            mix.add(new BenchQuery(word(words.get(languages.get(i % 3)), random), null, null));
        }
        for (int i = 0; i < 10; i++) {
            List<String> corpus = words.get(languages.get(i % 3));
            int at = random.nextInt(corpus.size() - 1);
            mix.add(new BenchQuery("\"" + corpus.get(at) + " " + corpus.get(at + 1) + "\"", null, null));
        }
        for (int i = 0; i < 10; i++) {
            List<String> corpus = words.get(languages.get(i % 3));
            mix.add(new BenchQuery(word(corpus, random) + " " + word(corpus, random),
                    THEMES.get(random.nextInt(THEMES.size())), COUNTRIES.get(random.nextInt(COUNTRIES.size()))));
        }
        return mix;
    }

    /** A word of at least five letters, as people type when searching. */
    static String word(List<String> corpus, Random random) {
        while (true) {
            String word = corpus.get(random.nextInt(corpus.size()));
            if (word.length() >= 5) {
                return word;
            }
        }
    }

    /** The running text of the demo records per language, as a list of words in order. */
    static Map<String, List<String>> corpus() throws IOException {
        Map<String, List<String>> words = new HashMap<>();
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:demo/practices/*.txt")) {
            String name = resource.getFilename();
            String language = name.startsWith("0") && name.compareTo("04") < 0 ? "en"
                    : name.compareTo("07") < 0 ? "nb" : "pl";
            String text = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() > 1) {
                    words.computeIfAbsent(language, k -> new ArrayList<>()).add(word);
                }
            }
        }
        return words;
    }

    static void generate(JdbcTemplate jdbc, int documents, Map<String, List<String>> words) {
        long author = jdbc.queryForObject("select min(id) from user_account", Long.class);
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from practice", Long.class);
        Random random = new Random(42);
        List<String> languages = List.of("en", "nb", "pl");
        List<String> sections = List.of("INTRODUCTION", "MAIN_CHALLENGE", "TIMING", "OBJECTIVE", "TARGET_GROUP",
                "STAKEHOLDERS", "STRATEGY", "RESOURCES", "EVALUATION", "IMPACT", "REPLICABILITY");
        Instant start = Instant.parse("2015-01-01T00:00:00Z");
        int batch = 1000;
        for (int from = 0; from < documents; from += batch) {
            List<Object[]> practices = new ArrayList<>();
            List<Object[]> bodies = new ArrayList<>();
            List<Object[]> themes = new ArrayList<>();
            List<Object[]> goals = new ArrayList<>();
            for (int i = from; i < Math.min(documents, from + batch); i++) {
                long id = firstId + i;
                String language = languages.get(i % 3);
                List<String> corpus = words.get(language);
                Timestamp published = Timestamp.from(start.plusSeconds(i * 3000L));
                practices.add(new Object[] {id, capitalised(sentence(corpus, random, 4 + random.nextInt(6))), "Place " + i,
                        COUNTRIES.get(random.nextInt(COUNTRIES.size())), language, 2005 + random.nextInt(20), author,
                        published, published, published});
                int count = 5 + random.nextInt(5);
                List<String> chosen = new ArrayList<>(sections);
                java.util.Collections.shuffle(chosen, random);
                for (String section : chosen.subList(0, count)) {
                    StringBuilder text = new StringBuilder();
                    int sentences = 2 + random.nextInt(4);
                    for (int s = 0; s < sentences; s++) {
                        text.append(capitalised(sentence(corpus, random, 8 + random.nextInt(14)))).append(". ");
                    }
                    bodies.add(new Object[] {id, section, text.toString().strip()});
                }
                themes.add(new Object[] {id, THEMES.get(random.nextInt(THEMES.size()))});
                goals.add(new Object[] {id, 1 + random.nextInt(17)});
            }
            jdbc.batchUpdate("insert into practice (id, title, place, country, language, start_year, status, author_id,"
                    + " created_at, updated_at, published_at, version) values (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 0)",
                    practices);
            jdbc.batchUpdate("insert into practice_section (practice_id, section, body) values (?, ?, ?)", bodies);
            jdbc.batchUpdate("insert into practice_theme_link (practice_id, theme) values (?, ?)", themes);
            jdbc.batchUpdate("insert into practice_sdg (practice_id, goal) values (?, ?)", goals);
        }
    }

    /** A run of consecutive words from the corpus, so that phrases of the mix occur in the data. */
    private static String sentence(List<String> corpus, Random random, int length) {
        int at = random.nextInt(corpus.size() - length);
        return String.join(" ", corpus.subList(at, at + length));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static double percentile(List<Double> values, int percentile) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
