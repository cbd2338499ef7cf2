package org.imcregistry.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.imcregistry.Application;
import org.imcregistry.competition.CompetitionExport;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.Shortlists;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * {@code bench/run export}: an edition of 5,000 entries × 7 jurors × 6 criteria (210,000 scores) in the
 * embedded H2 file database; times the aggregation (ranking with tie-breaks and shortlist) and the six-sheet
 * export through the services the UI calls, samples the heap during the export, and writes the same workbook
 * with plain fastexcel ({@link FastexcelBaseline}) in the same small JVM as the peer. Medians of several runs.
 */
public final class ExportBenchmark {

    private static final int ENTRIES = 5_000;
    private static final int JURORS = 7;
    private static final int CRITERIA = 6;
    /** The heap of the JVM that measures the export and its peer; the app itself takes about half of it. */
    private static final int HEAP_MB = 256;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            measureExport(Path.of(args[0]), Long.parseLong(args[1]));
            return;
        }
        Path data = Files.createTempDirectory(Path.of("target"), "bench-export-");
        ConfigurableApplicationContext app = start(data);
        long edition;
        long aggregateMs;
        try {
            Editions editions = app.getBean(Editions.class);
            edition = editions.create("Benchmark edition", 2026);
            generate(app.getBean(JdbcTemplate.class), editions.get(edition));
            Shortlists shortlists = app.getBean(Shortlists.class);
            aggregateMs = median(5, () -> {
                int ranked = shortlists.ranking(edition).size();
                if (ranked != ENTRIES) {
                    throw new IllegalStateException("ranked " + ranked);
                }
                return ranked;
            });
            CompetitionExport export = app.getBean(CompetitionExport.class);
            long roomyMs = median(3, () -> {
                CountingStream sink = new CountingStream();
                export.write(edition, key -> key, sink);
                return sink.count;
            });
            System.err.printf("streaming export with the benchmark's own heap (%d MB): median %d ms%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), roomyMs);
        } finally {
            app.close();
        }
        // This JVM now only waits: let its collector finish first, so that it does not compete for the two cores.
        System.gc();
        Thread.sleep(2_000);
        // The streaming export runs in a JVM of its own with a small heap: finishing there is the proof.
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + HEAP_MB + "m", "-Djava.io.tmpdir=target"));
        for (String keep : List.of("export.file", "fastexcel.file")) {
            if (System.getProperty(keep) != null) {
                command.add("-D" + keep + "=" + System.getProperty(keep));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExportBenchmark.class.getName(),
                data.toString(), String.valueOf(edition)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(child.getInputStream().readAllBytes());
        String result = output.lines().filter(l -> l.startsWith("EXPORT ")).findFirst().orElse(output);
        if (child.waitFor() != 0 || !result.startsWith("EXPORT ")) {
            throw new IllegalStateException("the export with a " + HEAP_MB + " MB heap failed: " + result);
        }
        System.out.printf(Locale.ROOT, "BENCH export entries=%d aggregate_ms=%d %s%n", ENTRIES,
                aggregateMs, result.substring("EXPORT ".length()));
    }

    private static ConfigurableApplicationContext start(Path data) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.profiles.active=demo",
                "--imc.data-dir=" + data.toAbsolutePath(), "--logging.level.root=warn",
                "--logging.level.org.imcregistry=warn", "--vaadin.launch-browser=false");
        app.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("bench", "n/a",
                        List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
        return app;
    }

    /**
     * In the small JVM: the first export's time, the median of five runs after three warm-ups (the first among them),
     * the heap it took above idle, and the same median for the fastexcel peer.
     */
    private static void measureExport(Path data, long edition) throws Exception {
        ConfigurableApplicationContext app = start(data);
        try {
            CompetitionExport export = app.getBean(CompetitionExport.class);
            CountingStream sink = new CountingStream();
            // The first export after start-up finds H2's page cache empty and the JIT cold: reported apart.
            long coldStart = System.nanoTime();
            export.write(edition, key -> key, new CountingStream());
            long exportColdMs = (System.nanoTime() - coldStart) / 1_000_000;
            long exportMs = median(5, 2, () -> {
                sink.count = 0;
                export.write(edition, key -> key, sink);
                return sink.count;
            });
            long peakMb = peakHeapMb(() -> export.write(edition, key -> key, new CountingStream()));
            // The peer: the same six sheets written with fastexcel from the same reads, the ranking given ready-made.
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Edition loaded = app.getBean(Editions.class).get(edition);
            var ranking = app.getBean(Shortlists.class).ranking(edition);
            CountingStream peerSink = new CountingStream();
            long fastexcelMs = median(5, 3, () -> {
                peerSink.count = 0;
                FastexcelBaseline.write(jdbc, loaded, ranking, key -> key, peerSink);
                return peerSink.count;
            });
            String keepPeer = System.getProperty("fastexcel.file");
            if (keepPeer != null) {
                try (var out = Files.newOutputStream(Path.of(keepPeer))) {
                    FastexcelBaseline.write(jdbc, loaded, ranking, key -> key, out);
                }
            }
            String keep = System.getProperty("export.file");
            if (keep != null) {
                try (var out = Files.newOutputStream(Path.of(keep))) {
                    export.write(edition, key -> key, out);
                }
            }
            System.err.printf("workbook %.1f MB (fastexcel's %.1f MB), written with a heap limit of %d MB%n",
                    sink.count / 1e6, peerSink.count / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf(Locale.ROOT, "EXPORT export_ms=%d export_peak_heap_mb=%d fastexcel_export_ms=%d"
                    + " export_vs_fastexcel=%.2f export_cold_ms=%d%n", exportMs, peakMb, fastexcelMs,
                    (double) exportMs / fastexcelMs, exportColdMs);
        } finally {
            app.close();
        }
    }

    /** The most heap in use above the level before the work, sampled every millisecond during it. */
    private static long peakHeapMb(Runnable work) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon(true).start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        work.run();
        running.set(false);
        sampler.join();
        return (peak.get() - before) / (1024 * 1024);
    }

    private static long median(int runs, LongSupplier work) {
        return median(runs, 1, work);
    }

    /** The median wall time of {@code runs} runs after {@code warmups} unmeasured ones (the JIT settles first). */
    private static long median(int runs, int warmups, LongSupplier work) {
        for (int i = 0; i < warmups; i++) {
            work.getAsLong();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    private static void generate(JdbcTemplate jdbc, Edition edition) {
        long author = jdbc.queryForObject("select min(id) from user_account", Long.class);
        long partnership = jdbc.queryForObject("select min(id) from partnership", Long.class);
        long category = edition.categories().getFirst().id();
        long secondCategory = edition.categories().get(1).id();
        Timestamp now = Timestamp.from(Instant.parse("2026-03-01T00:00:00Z"));
        List<Long> jurors = new ArrayList<>();
        for (int j = 0; j < JURORS; j++) {
            jdbc.update("insert into user_account (username, display_name, password_hash, enabled, failed_sign_ins,"
                    + " created_at, version) values (?, ?, '{noop}x', true, 0, ?, 0)", "bench-juror-" + j,
                    "Bench juror " + j, now);
            jurors.add(jdbc.queryForObject("select id from user_account where username = ?", Long.class,
                    "bench-juror-" + j));
        }
        long firstPractice = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from practice", Long.class)
                + jdbc.queryForObject("select coalesce(max(id), 0) from competition_entry", Long.class);
        List<Object[]> practices = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            long practice = firstPractice + i;
            // titles sometimes start like formulas: the export must still write them as plain text
            practices.add(new Object[] {practice, (i % 50 == 0 ? "=" : "") + "Practice number " + i, author, now});
            entries.add(new Object[] {practice, edition.id(), i % 2 == 0 ? category : secondCategory, practice,
                    partnership, Timestamp.from(now.toInstant().plusSeconds(i))});
        }
        jdbc.batchUpdate("insert into practice (id, title, language, status, author_id, created_at, updated_at, version)"
                + " values (?, ?, 'en', 'PUBLISHED', ?, ?, ?, 0)", practices.stream()
                .map(p -> new Object[] {p[0], p[1], p[2], p[3], p[3]}).toList());
        jdbc.batchUpdate("insert into competition_entry (id, edition_id, category_id, practice_id, partnership_id,"
                + " submitted_at, eligible, version) values (?, ?, ?, ?, ?, ?, true, 0)", entries);
        Random random = new Random(5);
        long assignment = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from competition_assignment", Long.class);
        List<Object[]> assignments = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            for (long juror : jurors) {
                assignments.add(new Object[] {assignment, firstPractice + i, juror, now});
                for (Edition.Criterion criterion : edition.criteria().subList(0, CRITERIA)) {
                    int score = 1 + random.nextInt(10);
                    scores.add(new Object[] {assignment, criterion.id(), score,
                            score == 1 || score == 10 ? "Comment on an extreme score " + assignment : null});
                }
                assignment++;
            }
            if (scores.size() > 20_000) {
                flush(jdbc, assignments, scores);
            }
        }
        flush(jdbc, assignments, scores);
        jdbc.update("update competition_edition set stage = 'SHORTLISTED' where id = ?", edition.id());
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> assignments, List<Object[]> scores) {
        jdbc.batchUpdate("insert into competition_assignment (id, entry_id, juror_id, status, submitted_at, version)"
                + " values (?, ?, ?, 'SUBMITTED', ?, 0)", assignments);
        jdbc.batchUpdate("insert into competition_score (assignment_id, criterion_id, score, comment)"
                + " values (?, ?, ?, ?)", scores);
        assignments.clear();
        scores.clear();
    }

    /** Counts the bytes of the workbook without keeping them. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
