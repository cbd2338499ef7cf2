package org.imcregistry.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Times as the open web reads them (the API, feeds, sitemaps, JSON-LD): ISO 8601 in UTC, to the second, e.g.
 * {@code 2026-12-01T23:05:00Z}; the same form everywhere, so a client can compare what two places say.
 */
public final class IsoTimes {

    private IsoTimes() {
    }

    public static String of(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A time that may be missing (a record published before the time was kept) is missing here too. */
    public static @Nullable String ofNullable(@Nullable Instant at) {
        return at == null ? null : of(at);
    }
}
