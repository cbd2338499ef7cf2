package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.SqlValues;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The moment up to which peers' closed rounds count for a framework's benchmark. It moves to "now" only once
 * {@link Benchmark#NEW_PEERS_TO_MOVE} other partnerships have closed a round since it was taken, so one peer closing
 * a round never changes what anyone reads.
 */
@Component
class BenchmarkSnapshots {

    private final NamedParameterJdbcTemplate jdbc;

    BenchmarkSnapshots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The snapshot time in force for a round of {@code partnershipId} closing now; called in the closing transaction.
     * Closings on one framework take turns (its row is locked), so two first closings cannot both take a snapshot.
     */
    Instant inForce(long frameworkId, long partnershipId, Instant now) {
        Map<String, Object> framework = Map.of("f", frameworkId);
        jdbc.queryForList("select id from assessment_framework where id = :f for update", framework, Long.class);
        List<@Nullable Timestamp> taken = jdbc.queryForList("select taken_at from benchmark_snapshot where framework_id = :f",
                framework, Timestamp.class);
        if (taken.isEmpty()) {
            jdbc.update("insert into benchmark_snapshot (framework_id, taken_at) values (:f, :t)",
                    Map.of("f", frameworkId, "t", Timestamp.from(now)));
            return now;
        }
        Instant takenAt = SqlValues.present(taken.getFirst()).toInstant(); // taken_at is not null
        // Other partnerships, counted once each: closing round after round oneself never moves the snapshot.
        Integer peersSince = jdbc.queryForObject("select count(distinct partnership_id) from assessment_round"
                + " where framework_id = :f and status = 'CLOSED' and closed_at > :t and partnership_id <> :own",
                Map.of("f", frameworkId, "t", Timestamp.from(takenAt), "own", partnershipId), Integer.class);
        if (SqlValues.present(peersSince) >= Benchmark.NEW_PEERS_TO_MOVE) {
            jdbc.update("update benchmark_snapshot set taken_at = :t where framework_id = :f",
                    Map.of("f", frameworkId, "t", Timestamp.from(now)));
            return now;
        }
        return takenAt;
    }
}
