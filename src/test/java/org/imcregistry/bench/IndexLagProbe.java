package org.imcregistry.bench;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Publishes records on one instance and times until the other instance's search finds them, taking turns; while one
 * instance is down it publishes on the other only (still acknowledged writes, no lag sample). Every id an instance
 * answered with is kept, to be looked for in the database at the end.
 */
final class IndexLagProbe implements Runnable {

    private static final long GIVE_UP_MS = 15_000;

    private final List<DrillNode> nodes;
    private final long deadline;
    private final String run = "cd" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    final ConcurrentLinkedQueue<Long> acked = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> lagMillis = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    volatile int notFound;

    IndexLagProbe(List<DrillNode> nodes, long deadline) {
        this.nodes = nodes;
        this.deadline = deadline;
    }

    @Override
    public void run() {
        for (int n = 0; System.nanoTime() < deadline; n++) {
            DrillNode writer = nodes.get(n % 2);
            DrillNode reader = nodes.get((n + 1) % 2);
            if (writer.killed) {
                DrillNode swap = writer;
                writer = reader;
                reader = swap;
            }
            String marker = run + "x" + n;
            try {
                acked.add(writer.publish(marker));
                long published = System.nanoTime();
                if (!reader.killed) {
                    measure(reader, marker, published);
                }
            } catch (Exception e) {
                // A write to an instance killed mid-request is not acknowledged; anything else is an error.
                if (!writer.killed) {
                    errors.add("publishing on " + writer.name + ": " + e.getMessage());
                }
            }
            pause(150);
        }
    }

    private void measure(DrillNode reader, String marker, long published) throws InterruptedException {
        while (!reader.killed) {
            try {
                if (reader.finds(marker)) {
                    lagMillis.add((System.nanoTime() - published) / 1_000_000);
                    return;
                }
            } catch (Exception e) {
                if (!reader.killed) {
                    errors.add("searching on " + reader.name + ": " + e.getMessage());
                }
                return;
            }
            if ((System.nanoTime() - published) / 1_000_000 > GIVE_UP_MS) {
                notFound++;
                return;
            }
            Thread.sleep(20);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
