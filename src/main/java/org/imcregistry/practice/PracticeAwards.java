package org.imcregistry.practice;

import org.imcregistry.common.SqlValues;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Labels competitions put on registry records ("Winner — IMC good practices 2026"), shown on the record's page. */
@Service
public class PracticeAwards {

    /** A label and the edition that gave it. */
    public record Award(String label, String edition) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    PracticeAwards(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sets the label an edition gives a record, replacing an earlier one of the same edition. Not a method others
     * call: the competition publishes {@link RecordAwarded}, and this listener, recorded in the event publication
     * registry, labels the record after that commit, and again after a failure (EventRetries).
     */
    // Synchronous, right after the closing commits, in a transaction of its own: the manager who closes the edition
    // sees the labels at once. (Modulith's @ApplicationModuleListener would run it on another thread.)
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void label(RecordAwarded award) {
        label(award.practiceId(), award.editionId(), award.editionName(), award.label());
    }

    private void label(long practiceId, long editionId, String editionName, String label) {
        jdbc.update("delete from practice_award where practice_id = :p and edition_id = :e",
                Map.of("p", practiceId, "e", editionId));
        jdbc.update("insert into practice_award (practice_id, edition_id, label, edition_name) values (:p, :e, :l, :n)",
                Map.of("p", practiceId, "e", editionId, "l", label, "n", editionName));
    }

    // Awards are shown on the public record page.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Award> of(long practiceId) {
        return jdbc.query("select label, edition_name from practice_award where practice_id = :p order by edition_id desc",
                Map.of("p", practiceId), (rs, i) -> new Award(rs.getString(1), rs.getString(2)));
    }

    /** The awards of each of these records that has any, for a batch of the open data dump. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, List<Award>> of(Collection<Long> practiceIds) {
        Map<Long, List<Award>> awards = new HashMap<>();
        if (practiceIds.isEmpty()) {
            return awards;
        }
        jdbc.query("select practice_id, label, edition_name from practice_award where practice_id in ("
                + SqlValues.idList(practiceIds) + ") order by practice_id, edition_id desc", Map.of(), rs -> {
                    awards.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new Award(rs.getString(2), rs.getString(3)));
                });
        return awards;
    }
}
