package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The score the partnership agreed for a criterion, and why. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "round_consensus")
class Consensus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "criterion_key", nullable = false, length = 60)
    private String criterionKey;

    @Column(name = "answer_value", nullable = false)
    private double value;

    @Column(nullable = false, length = 4000)
    private String rationale;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected Consensus() {
    }

    Consensus(long roundId, String criterionKey) {
        this.roundId = roundId;
        this.criterionKey = criterionKey;
    }

    void decide(double value, String rationale, @Nullable Long decidedBy, Instant now) {
        this.value = value;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    long getRoundId() {
        return roundId;
    }

    String getCriterionKey() {
        return criterionKey;
    }

    double getValue() {
        return value;
    }

    String getRationale() {
        return rationale;
    }
}
