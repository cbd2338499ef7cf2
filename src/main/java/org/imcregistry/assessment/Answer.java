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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One respondent's answer to one criterion: the value (stage reached, Likert point or percentage),
 * the conditions ticked for a stage scale, and the evidence behind it.
 */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "round_answer")
class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "respondent_id", nullable = false)
    private Long respondentId;

    @Column(name = "criterion_key", nullable = false, length = 60)
    private String criterionKey;

    @Column(name = "answer_value")
    private @Nullable Double value;

    @Column(length = 4000)
    private @Nullable String ticked;

    @Column(length = 4000)
    private @Nullable String evidence;

    @Column(name = "evidence_link", length = 500)
    private @Nullable String evidenceLink;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Answer() {
    }

    Answer(long respondentId, String criterionKey) {
        this.respondentId = respondentId;
        this.criterionKey = criterionKey;
    }

    void set(@Nullable Double value, @Nullable Set<String> ticked, @Nullable String evidence, @Nullable String evidenceLink,
            Instant now) {
        this.value = value;
        this.ticked = ticked == null || ticked.isEmpty() ? null : String.join(",", ticked);
        this.evidence = evidence;
        this.evidenceLink = evidenceLink;
        this.updatedAt = now;
    }

    Long getRespondentId() {
        return respondentId;
    }

    String getCriterionKey() {
        return criterionKey;
    }

    @Nullable Double getValue() {
        return value;
    }

    Set<String> getTicked() {
        return ticked == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(ticked.split(",")));
    }

    @Nullable String getEvidence() {
        return evidence;
    }

    @Nullable String getEvidenceLink() {
        return evidenceLink;
    }
}
