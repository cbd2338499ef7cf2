package org.imcregistry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Several people at once: each task runs on a thread of its own (so each has its own sign-in), and all are
 * released at the same moment so that their reads and writes interleave.
 */
public final class RealThreads {

    private RealThreads() {
    }

    /** What one task ended with: its result or what it threw. */
    public record Outcome(Object result, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    public static List<Outcome> together(List<Callable<?>> tasks) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Outcome> outcomes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            outcomes.add(null);
            int slot = i;
            Callable<?> task = tasks.get(i);
            threads.add(Thread.ofPlatform().name("person-" + i).start(() -> {
                Outcome outcome;
                try {
                    start.await();
                    outcome = new Outcome(task.call(), null);
                } catch (Throwable failure) {
                    outcome = new Outcome(null, failure);
                }
                synchronized (outcomes) {
                    outcomes.set(slot, outcome);
                }
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            if (!thread.join(java.time.Duration.ofSeconds(60))) {
                throw new IllegalStateException(thread.getName() + " did not finish within a minute");
            }
        }
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** Runs the tasks together and fails with the first failure, if any. */
    public static void allSucceed(List<Callable<?>> tasks) throws Exception {
        for (Outcome outcome : together(tasks)) {
            if (!outcome.succeeded()) {
                throw new AssertionError("a concurrent task failed", outcome.failure());
            }
        }
    }
}
