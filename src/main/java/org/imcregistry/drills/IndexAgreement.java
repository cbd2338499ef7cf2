package org.imcregistry.drills;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;
import org.springframework.jdbc.core.JdbcTemplate;

/** Does this instance's search index hold exactly the records the database says are published? */
record IndexAgreement(int published, Set<Long> missing, Set<Long> extra) {

    static IndexAgreement of(JdbcTemplate jdbc, PracticeSearch search) {
        Set<Long> published = new HashSet<>(jdbc.queryForList(
                "select id from practice where status = 'PUBLISHED'", Long.class));
        Set<Long> indexed = search.allHits(new SearchQuery("", Map.of(), SearchQuery.Order.NEWEST, 0, 10)).stream()
                .map(SearchPage.Hit::id).collect(Collectors.toSet());
        Set<Long> missing = new HashSet<>(published);
        missing.removeAll(indexed);
        Set<Long> extra = new HashSet<>(indexed);
        extra.removeAll(published);
        return new IndexAgreement(published.size(), missing, extra);
    }

    boolean agrees() {
        return missing.isEmpty() && extra.isEmpty();
    }
}
