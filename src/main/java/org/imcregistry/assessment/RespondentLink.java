package org.imcregistry.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One personal link to a respondent's answers, known here only by the hash of its token. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "respondent_link")
class RespondentLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "respondent_id", nullable = false, updatable = false)
    private Long respondentId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RespondentLink() {
    }

    RespondentLink(long respondentId, String tokenHash, Instant createdAt) {
        this.respondentId = respondentId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    Long getRespondentId() {
        return respondentId;
    }

    String getTokenHash() {
        return tokenHash;
    }
}
