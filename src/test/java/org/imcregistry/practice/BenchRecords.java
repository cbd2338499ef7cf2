package org.imcregistry.practice;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The public registry over a bare database connection, for the sitemap's memory probe (bench/run public), which runs
 * in a JVM too small for the whole app. Only what needs no repository works: ranges and the batched readers.
 */
public final class BenchRecords {

    private BenchRecords() {
    }

    public static PublishedRecords over(NamedParameterJdbcTemplate jdbc) {
        return new PublishedRecords(null, null, jdbc, new PublishedContents(jdbc));
    }
}
