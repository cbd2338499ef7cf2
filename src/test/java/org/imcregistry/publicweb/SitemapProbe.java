package org.imcregistry.publicweb;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.practice.BenchRecords;
import org.imcregistry.practice.PublishedRecords;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * bench/run public's sitemap probe, started in a JVM of its own with a 64 MB heap: writes the sitemap index and every
 * part the way the app does (the same Sitemaps and PublishedRecords, batched reads, streaming XML) from the database
 * the benchmark filled, served by H2 in another process. Finishing is the proof; it also reports the
 * time (cold, then the median of three) and the most heap still in use after a collection (the live heap).
 */
public final class SitemapProbe {

    private SitemapProbe() {
    }

    public static void main(String[] args) throws Exception {
        // One connection, kept open, as the app's pool keeps them: the database is another process (args[0]), as
        // PostgreSQL is in production, so that this heap holds the sitemap's work and not a database engine's cache.
        SingleConnectionDataSource database = new SingleConnectionDataSource(args[0], "imc", "", true);
        PublishedRecords records = BenchRecords.over(new NamedParameterJdbcTemplate(database));
        Sitemaps sitemaps = new Sitemaps(records, new PublicLinks("https://imc.example.org"), 50_000);
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon(true).start(() -> {
            while (running.get()) {
                // What is still in use after the latest collection, pool by pool: the live heap, not the garbage
                // that a capped heap fills up with between collections.
                long live = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP
                                && pool.getCollectionUsage() != null)
                        .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
                peak.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<Long> times = new ArrayList<>();
        long urls = 0;
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            urls = writeAll(sitemaps, records);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        running.set(false);
        sampler.join();
        List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
        warm.sort(null);
        System.out.printf(Locale.ROOT, "SITEMAP urls=%d cold_ms=%d warm_ms=%d live_heap_mb=%d max_heap_mb=%d%n", urls,
                times.getFirst(), warm.get(warm.size() / 2), peak.get() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** The index, then every part it names, each to a stream that counts its record addresses and keeps nothing. */
    private static long writeAll(Sitemaps sitemaps, PublishedRecords records) throws Exception {
        UrlCounter out = new UrlCounter();
        sitemaps.writeMain(out);
        List<PublishedRecords.Range> ranges = records.ranges(50_000);
        if (ranges.stream().mapToLong(PublishedRecords.Range::count).sum() <= 50_000) {
            return out.urls - 1; // one file, which also lists the newest-first list
        }
        for (PublishedRecords.Range range : ranges) {
            sitemaps.writePart(out, range.number());
        }
        return out.urls;
    }

    /** Counts {@code <url>} elements in the bytes written through it. */
    private static final class UrlCounter extends OutputStream {
        private static final byte[] URL = "<url>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long urls;
        private int matched;

        @Override
        public void write(int b) {
            matched = b == URL[matched] ? matched + 1 : (b == URL[0] ? 1 : 0);
            if (matched == URL.length) {
                urls++;
                matched = 0;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }
    }
}
