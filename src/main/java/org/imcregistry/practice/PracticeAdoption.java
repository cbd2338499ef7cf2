package org.imcregistry.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partnership's word that it is adopting a published record, with its note; the partnership is kept by id. */
@Entity
@Table(name = "practice_adoption")
// JPA fills the id when the row is saved; every other column is set by the constructor.
@SuppressWarnings("NullAway.Init")
class PracticeAdoption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(nullable = false, length = 500)
    private String note;

    @Column(name = "adopted_by", nullable = false)
    private long adoptedBy;

    @Column(name = "adopted_at", nullable = false)
    private Instant adoptedAt;

    protected PracticeAdoption() {
    }

    PracticeAdoption(long practiceId, long partnershipId, String note, long adoptedBy, Instant adoptedAt) {
        this.practiceId = practiceId;
        this.partnershipId = partnershipId;
        this.note = note;
        this.adoptedBy = adoptedBy;
        this.adoptedAt = adoptedAt;
    }

    long getPracticeId() {
        return practiceId;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    String getNote() {
        return note;
    }

    Instant getAdoptedAt() {
        return adoptedAt;
    }
}
