package org.imcregistry.assessment;

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
    private Double value;

    @Column(length = 4000)
    private String ticked;

    @Column(length = 4000)
    private String evidence;

    @Column(name = "evidence_link", length = 500)
    private String evidenceLink;

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

    void set(Double value, Set<String> ticked, String evidence, String evidenceLink, Instant now) {
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

    Double getValue() {
        return value;
    }

    Set<String> getTicked() {
        return ticked == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(ticked.split(",")));
    }

    String getEvidence() {
        return evidence;
    }

    String getEvidenceLink() {
        return evidenceLink;
    }
}
