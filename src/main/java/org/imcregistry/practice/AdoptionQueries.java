package org.imcregistry.practice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The adoptions of public records (published, not held back), read in the database: a partnership's, and the
 * figures across the registry. A record held back by a competition drops out until it is public again, so that no
 * list shows a title its reader may not see. Runs inside the caller's transaction.
 */
@Component
class AdoptionQueries {

    private static final String PUBLIC = PublishedPracticeSource.PUBLIC;

    private final NamedParameterJdbcTemplate jdbc;

    AdoptionQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the partnership adopts, newest first. */
    List<AdoptedRecord> adoptedBy(long partnershipId) {
        return jdbc.query("select p.id, p.title, a.adopted_at, a.note from practice_adoption a"
                + " join practice p on p.id = a.practice_id where a.partnership_id = :partnership and " + PUBLIC
                + " order by a.adopted_at desc, a.id desc", Map.of("partnership", partnershipId),
                (rs, i) -> new AdoptedRecord(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        rs.getString(4)));
    }

    /** The counts, and the {@code limit} most adopted records (most partnerships first, then the earlier record). */
    AdoptionFigures figures(int limit) {
        long[] counts = jdbc.queryForObject("select count(*), count(distinct a.partnership_id),"
                + " count(distinct a.practice_id) from practice_adoption a join practice p on p.id = a.practice_id"
                + " where " + PUBLIC, Map.of(), (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        List<AdoptionFigures.MostAdopted> most = jdbc.query("select p.id, p.title, count(*) from practice_adoption a"
                + " join practice p on p.id = a.practice_id where " + PUBLIC + " group by p.id, p.title"
                + " order by count(*) desc, p.id fetch first " + Math.max(1, limit) + " rows only", Map.of(),
                (rs, i) -> new AdoptionFigures.MostAdopted(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        return new AdoptionFigures(counts[0], counts[1], counts[2], most);
    }

    private static Instant instant(Timestamp at) {
        return at.toInstant();
    }
}
