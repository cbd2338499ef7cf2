package org.imcregistry.practice;

import java.util.List;
import java.util.Map;
import org.imcregistry.common.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the front door tells an anonymous visitor about the public registry (published, not held; the rule of
 * {@link PracticeAccess#isPublic}): how many records, from how many countries, and the newest of them.
 */
@Service
@PreAuthorize("permitAll()")
public class PublicFigures {

    /** Public records and the countries they come from; {@code countries} is null when records name none. */
    public record Figures(long practices, @Nullable Long countries) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PublishedRecords records;

    PublicFigures(NamedParameterJdbcTemplate jdbc, PublishedRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        return SqlValues.present(jdbc.queryForObject("select count(*), count(distinct p.country), count(p.country)"
                + " from practice p where " + PublishedPracticeSource.PUBLIC, Map.of(), (rs, i) -> {
                    long practices = rs.getLong(1);
                    // records that all leave the country out say nothing of how many countries: missing, not 0
                    boolean known = practices == 0 || rs.getLong(3) > 0;
                    return new Figures(practices, known ? rs.getLong(2) : null);
                }));
    }

    /** The {@code limit} most recently published public records, newest first. */
    @Transactional(readOnly = true)
    public List<PublishedRecords.Summary> newest(int limit) {
        List<Long> ids = jdbc.query("select p.id from practice p where " + PublishedPracticeSource.PUBLIC
                + " order by coalesce(p.published_at, p.updated_at) desc, p.id desc fetch first " + Math.max(1, limit)
                + " rows only", Map.of(), (rs, i) -> rs.getLong(1));
        return records.summaries(ids);
    }
}
