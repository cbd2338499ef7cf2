package org.imcregistry.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.imcregistry.practice.BenchBooklets;

/**
 * {@code bench/run booklet}: writes a Word booklet of 100 generated records (every section filled, one photo each)
 * five times after two warm-ups, in a JVM limited to a 256 MB heap, and reports the median time and the most heap in
 * use above idle (garbage included) while one is written. Targets (issue 16): under 5 s, under 256 MB.
 * {@link #measure} is what the documents benchmark calls.
 */
public final class BookletBenchmark {

    /** The median wall time of writing one booklet, its size, and the peak heap above idle during one. */
    public record Result(int records, long medianMs, long bytes, long peakHeapMb) {
    }

    private BookletBenchmark() {
    }

    /**
     * Measures in a JVM of its own with a 256 MB heap: that it finishes there shows the booklet fits the target, which
     * the sampled peak alone cannot (it counts garbage not yet collected). {@code --here} measures in this JVM.
     */
    public static void main(String[] args) throws Exception {
        int records = 100;
        if (args.length > 0 && args[0].equals("--here")) {
            Result result = measure(records);
            System.err.printf(Locale.ROOT, "booklet of %d records: %.1f MB, heap limit %d MB%n", result.records(),
                    result.bytes() / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf(Locale.ROOT, "BENCH booklet records=%d booklet_ms=%d peak_heap_mb=%d%n",
                    result.records(), result.medianMs(), result.peakHeapMb());
            return;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-Djava.io.tmpdir=target", "-cp",
                System.getProperty("java.class.path"), BookletBenchmark.class.getName(), "--here")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(child.getInputStream().readAllBytes());
        String line = output.lines().filter(l -> l.startsWith("BENCH booklet ")).findFirst().orElse("");
        if (child.waitFor() != 0 || line.isEmpty()) {
            throw new IllegalStateException("the booklet did not fit a 256 MB heap: " + output);
        }
        System.out.println(line);
    }

    public static Result measure(int records) throws InterruptedException {
        BenchBooklets booklets = new BenchBooklets(records);
        Counting sink = new Counting();
        for (int i = 0; i < 2; i++) {
            write(booklets, new Counting());
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sink.count = 0;
            long start = System.nanoTime();
            write(booklets, sink);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        long peak = peakHeapMb(() -> write(booklets, new Counting()));
        return new Result(records, times.get(times.size() / 2), sink.count, peak);
    }

    private static void write(BenchBooklets booklets, OutputStream out) {
        booklets.write(out);
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

    /** Counts the bytes of the booklet without keeping them. */
    private static final class Counting extends OutputStream {
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
