package org.imcregistry.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The writes a service has acknowledged, one line each, written with DSYNC after the service call returned:
 * a line in this file is a promise the app made to a user. Each write carries a marker {@code r<run>-<n>} that
 * orders the writes of all runs.
 */
final class AckLog {

    private final Path file;

    AckLog(Path file) {
        this.file = file;
    }

    void append(String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Complete lines only: the kill may have cut the last one short. */
    List<String[]> entries() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int end = content.lastIndexOf('\n');
            return end < 0 ? List.of() : content.substring(0, end).lines().map(l -> l.split(" ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Markers in writing order: the run's start time, then the write's number. */
    static long[] order(String marker) {
        String[] parts = marker.substring(1).split("-");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    static boolean atLeast(String marker, String than) {
        long[] a = order(marker);
        long[] b = order(than);
        return a[0] != b[0] ? a[0] > b[0] : a[1] >= b[1];
    }
}
