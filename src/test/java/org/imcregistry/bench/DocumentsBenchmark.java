package org.imcregistry.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.imcregistry.practice.DocumentImportTestAccess;

/**
 * {@code bench/run documents}: a generated brochure of about 100 pages (records in the template's format, one
 * after another) as .docx, .odt and .pdf, each read as the import reads it, up to the checked drafts (the
 * database write is the same as for a text import and not timed). Cold: the first read of each in a fresh JVM
 * limited to 256 MB (which also shows that they fit); then the median of five warm reads. peak_heap_mb is the
 * most heap still in use after a collection while reading (live data), in either JVM; the largest heap seen in
 * use at all, garbage included, is printed beside it. booklet_ms is {@link BookletBenchmark#measure}'s median for a
 * 100-record Word booklet, written in the same 256 MB child JVM after the reads; its heap peak (above idle) counts
 * into peak_heap_mb. {@code bench/run documents --records N} writes a booklet of N records instead (a quick smoke).
 */
public final class DocumentsBenchmark {

    private static final int PAGES = 100;
    private static final int BOOKLET_RECORDS = 100;
    private static final int RUNS = 5;

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && !args[0].equals("--records")) {
            readAll(Path.of(args[0]), Integer.parseInt(args[1]));
            return;
        }
        int bookletRecords = args.length == 2 ? Integer.parseInt(args[1]) : BOOKLET_RECORDS;
        Map<String, byte[]> files = generate();
        int pages = DocumentImportTestAccess.pdfPages(files.get("brochure.pdf"));
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-documents-");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        Map<String, Long> cold = new LinkedHashMap<>();
        long childPeak = coldIn256Mb(dir, bookletRecords, cold);
        HeapSampler heap = new HeapSampler();
        heap.start();
        Map<String, Long> medians = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String kind = file.getKey().substring(file.getKey().indexOf('.') + 1);
            time(file.getKey(), file.getValue());
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                times.add(time(file.getKey(), file.getValue()));
            }
            medians.put(kind, times.stream().sorted().toList().get(RUNS / 2));
            System.err.printf("%s: %d KB, cold %d ms, runs %s ms%n", file.getKey(), file.getValue().length / 1024,
                    cold.get(kind), times);
        }
        heap.finish();
        boolean fits = cold.size() == 4;
        System.err.printf("largest heap in use seen (garbage included, 2 GB heap): %d MB%n", heap.peak() >> 20);
        // a missing figure (the child JVM failed) is printed as "-", never as 0
        System.out.printf("BENCH documents pages=%d docx_ms=%d odt_ms=%d pdf_ms=%d booklet_ms=%s docx_cold_ms=%s "
                        + "odt_cold_ms=%s pdf_cold_ms=%s booklet_records=%d peak_heap_mb=%d fits_256mb=%s%n", pages,
                medians.get("docx"), medians.get("odt"), medians.get("pdf"), shown(cold.get("booklet")),
                shown(cold.get("docx")), shown(cold.get("odt")), shown(cold.get("pdf")), bookletRecords,
                Math.max(heap.livePeak(), childPeak) >> 20, fits ? "yes" : "no");
    }

    private static String shown(@org.jspecify.annotations.Nullable Long value) {
        return value == null ? "-" : value.toString();
    }

    /** Records enough for the PDF to have 100 pages; the same text makes the .docx and the .odt. */
    private static Map<String, byte[]> generate() throws Exception {
        int records = 18;
        String text = DocumentImportTestAccess.brochureText(records);
        byte[] pdf = DocumentImportTestAccess.pdf(text);
        while (DocumentImportTestAccess.pdfPages(pdf) < PAGES) {
            records++;
            text = DocumentImportTestAccess.brochureText(records);
            pdf = DocumentImportTestAccess.pdf(text);
        }
        while (DocumentImportTestAccess.pdfPages(pdf) > PAGES && records > 1) {
            records--;
            String fewer = DocumentImportTestAccess.brochureText(records);
            byte[] smaller = DocumentImportTestAccess.pdf(fewer);
            if (DocumentImportTestAccess.pdfPages(smaller) < PAGES) {
                break;
            }
            text = fewer;
            pdf = smaller;
        }
        System.err.printf("%d records, %d characters, %d PDF pages%n", records, text.length(),
                DocumentImportTestAccess.pdfPages(pdf));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("brochure.docx", DocumentImportTestAccess.docx(text));
        files.put("brochure.odt", DocumentImportTestAccess.odt(text));
        files.put("brochure.pdf", pdf);
        return files;
    }

    private static long time(String name, byte[] file) {
        long start = System.nanoTime();
        int drafts = DocumentImportTestAccess.readDrafts(name, file);
        if (drafts < 2) {
            throw new IllegalStateException(name + " gave " + drafts + " drafts");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Reads each document once in a fresh JVM of 256 MB; returns its live heap peak, fills {@code cold}. */
    private static long coldIn256Mb(Path dir, int bookletRecords, Map<String, Long> cold) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-Djava.io.tmpdir=target", "-cp",
                System.getProperty("java.class.path"), DocumentsBenchmark.class.getName(), dir.toString(),
                String.valueOf(bookletRecords))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long peak = 0;
        for (String line : new String(child.getInputStream().readAllBytes()).lines().toList()) {
            String[] parts = line.split(" ");
            if (parts[0].equals("COLD")) {
                cold.put(parts[1], Long.parseLong(parts[2]));
            } else if (parts[0].equals("LIVE")) {
                peak = Long.parseLong(parts[1]);
            }
        }
        if (child.waitFor() != 0) {
            cold.clear();
        }
        return peak;
    }

    /**
     * In the 256 MB child: the three cold reads, then the booklet (median of five after two warm-ups). The booklet's
     * heap peak (above idle, garbage included) is reported beside the reads' live peak: peak_heap_mb is the larger.
     */
    private static void readAll(Path dir, int bookletRecords) throws Exception {
        HeapSampler heap = new HeapSampler();
        heap.start();
        for (String name : List.of("brochure.docx", "brochure.odt", "brochure.pdf")) {
            long ms = time(name, Files.readAllBytes(dir.resolve(name)));
            System.err.printf("cold, in 256 MB: %s read in %d ms%n", name, ms);
            System.out.println("COLD " + name.substring(name.indexOf('.') + 1) + " " + ms);
        }
        heap.finish();
        // read now: the sampler's collector listeners stay registered and would count the booklet's live data too
        long readsPeak = heap.livePeak();
        BookletBenchmark.Result booklet = BookletBenchmark.measure(bookletRecords);
        System.err.printf("in 256 MB: booklet of %d records, %d KB, median %d ms, peak %d MB above idle%n",
                booklet.records(), booklet.bytes() / 1024, booklet.medianMs(), booklet.peakHeapMb());
        System.out.println("COLD booklet " + booklet.medianMs());
        System.err.printf("in 256 MB: reads' live heap peak %d MB%n", readsPeak >> 20);
        System.out.println("LIVE " + Math.max(readsPeak, booklet.peakHeapMb() << 20));
    }

    /**
     * The largest heap in use seen while the documents were read, sampled every 2 ms, and the largest still in
     * use right after a collection (told by the collectors' notifications).
     */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong livePeak = new AtomicLong();

        HeapSampler() {
            setDaemon(true);
            for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (notification.getType().equals(
                            com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) notification.getUserData());
                        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("CodeHeap")
                                        && !e.getKey().contains("Compressed"))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        livePeak.accumulateAndGet(after, Math::max);
                    }
                }, null, null);
            }
        }

        long livePeak() {
            return livePeak.get();
        }

        @Override
        public void run() {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            running.set(false);
            join();
        }

        long peak() {
            return peak.get();
        }
    }
}
