package org.imcregistry.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person asked to answer a round, from a member municipality and a respondent group. */
@Entity
@Table(name = "round_respondent")
class Respondent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_group", nullable = false, length = 20)
    private RespondentGroup group;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Respondent() {
    }

    Respondent(long roundId, long userId, Long municipalityId, RespondentGroup group) {
        this.roundId = roundId;
        this.userId = userId;
        this.municipalityId = municipalityId;
        this.group = group;
    }

    void submit(Instant now) {
        submittedAt = now;
    }

    Long getId() {
        return id;
    }

    Long getRoundId() {
        return roundId;
    }

    Long getUserId() {
        return userId;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    RespondentGroup getGroup() {
        return group;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }
}
