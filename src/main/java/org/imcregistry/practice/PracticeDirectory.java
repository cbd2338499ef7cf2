package org.imcregistry.practice;

import org.imcregistry.common.SqlValues;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records by id, for features that list many at once (a competition's entries, its jurors' queues) and so must not
 * read the record tables themselves: one query per call, whatever the number of ids.
 */
@Service
public class PracticeDirectory {

    /** A published record as a competition enters it: its language and the partnership it names (or null). */
    public record PublishedRecord(long id, RecordLanguage language, Long partnershipId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final List<JuryReaders> juries;

    PracticeDirectory(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, List<JuryReaders> juries) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.juries = juries;
    }

    /**
     * The titles of records, by id. Competition managers get every title; anyone else only those of records the
     * public may read (published, not held back) and of records they judge ({@link JuryReaders}), so that a held
     * record's title does not reach a juror who does not judge it. Which titles a juror is shown at all is the
     * competition's decision (none in a blind edition).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JUROR', 'MANAGER', 'ADMIN')")
    public Map<Long, String> titles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (ids.isEmpty()) {
            return titles;
        }
        record Row(long id, String title, boolean publicNow) {
        }
        List<Row> rows = jdbc.query("select p.id, p.title, case when p.status = 'PUBLISHED' and not exists"
                + " (select 1 from practice_hold h where h.practice_id = p.id) then 1 else 0 end from practice p"
                + " where p.id in (" + SqlValues.idList(ids) + ")", Map.of(),
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1));
        boolean manager = currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
        for (Row row : rows) {
            // the jury check is a query of its own, so it is asked only of the few records the public may not read
            if (manager || row.publicNow() || juries.stream().anyMatch(jury -> jury.mayJudge(row.id()))) {
                titles.put(row.id(), row.title());
            }
        }
        return titles;
    }

    /**
     * A published record (held back or not), for entering it in a competition: empty when it is unknown or not
     * published. Coordinators ask too, for the records they enter for their own partnership; what they learn is
     * the partnership the record names, which its page shows anyway.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MANAGER', 'ADMIN')")
    public Optional<PublishedRecord> publishedRecord(long id) {
        return jdbc.query("select id, language, partnership_id from practice where id = :id and status = 'PUBLISHED'",
                Map.of("id", id), (rs, i) -> new PublishedRecord(rs.getLong(1), RecordLanguage.ofCode(rs.getString(2)),
                        rs.getObject(3, Long.class))).stream().findFirst();
    }

    /** The first {@code limit} published records, oldest first: what a manager (or the demo) may enter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<PublishedRecord> firstPublished(int limit) {
        return jdbc.query("select id, language, partnership_id from practice where status = 'PUBLISHED' order by id"
                + " fetch first " + Math.max(1, limit) + " rows only", Map.of(),
                (rs, i) -> new PublishedRecord(rs.getLong(1), RecordLanguage.ofCode(rs.getString(2)),
                        rs.getObject(3, Long.class)));
    }
}
