package org.imcregistry.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The moment up to which peers' closed rounds count for a framework's benchmark. It moves to "now" only once
 * {@link Benchmark#NEW_ROUNDS_TO_MOVE} rounds have closed since it was taken, so one peer closing a round never
 * changes what anyone reads.
 */
@Component
class BenchmarkSnapshots {

    private final NamedParameterJdbcTemplate jdbc;

    BenchmarkSnapshots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The snapshot time in force for a round closing now; called in the closing transaction. */
    Instant inForce(long frameworkId, Instant now) {
        Map<String, Object> framework = Map.of("f", frameworkId);
        List<Timestamp> taken = jdbc.queryForList("select taken_at from benchmark_snapshot where framework_id = :f"
                + " for update", framework, Timestamp.class);
        if (taken.isEmpty()) {
            jdbc.update("insert into benchmark_snapshot (framework_id, taken_at) values (:f, :t)",
                    Map.of("f", frameworkId, "t", Timestamp.from(now)));
            return now;
        }
        Instant takenAt = taken.getFirst().toInstant();
        Integer closedSince = jdbc.queryForObject("select count(*) from assessment_round where framework_id = :f"
                + " and status = 'CLOSED' and closed_at > :t", Map.of("f", frameworkId, "t", Timestamp.from(takenAt)),
                Integer.class);
        if (closedSince >= Benchmark.NEW_ROUNDS_TO_MOVE) {
            jdbc.update("update benchmark_snapshot set taken_at = :t where framework_id = :f",
                    Map.of("f", frameworkId, "t", Timestamp.from(now)));
            return now;
        }
        return takenAt;
    }
}
