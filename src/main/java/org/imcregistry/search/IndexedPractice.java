package org.imcregistry.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A published record as the index holds it. {@code version} is the row's version: the start-up check
 * compares it with the database to find what the index missed.
 */
public record IndexedPractice(long id, long version, String language, String title, String keywords, String place,
        String country, List<String> sections, Set<String> themes, Set<Integer> sdgs, @Nullable Integer startYear,
        @Nullable String partnershipForm, @Nullable Instant publishedAt) {
}
