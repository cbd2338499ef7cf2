package org.imcregistry.common;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Results of single-value SQL queries, which Spring's JDBC templates type as nullable. */
public final class SqlValues {

    private SqlValues() {
    }

    /**
     * The value of a query that always yields one non-null value: an aggregate such as {@code count(*)} or
     * {@code coalesce(max(..), 0)}, or a not-null column of a row that is known to exist.
     */
    public static <T> T present(@Nullable T value) {
        return Objects.requireNonNull(value, "the query always yields a non-null value");
    }
}
