package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
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
import java.time.LocalDate;

/** One action of a partnership's improvement plan, tied to the criterion it should improve. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "action_item")
class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "framework_key", nullable = false, length = 60)
    private String frameworkKey;

    @Column(name = "criterion_key", nullable = false, length = 60)
    private String criterionKey;

    @Column(name = "action_text", nullable = false, length = 1000)
    private String action;

    @Column(length = 200)
    private @Nullable String owner;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.PLANNED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(long partnershipId, long roundId, String frameworkKey, String criterionKey, Instant now) {
        this.partnershipId = partnershipId;
        this.roundId = roundId;
        this.frameworkKey = frameworkKey;
        this.criterionKey = criterionKey;
        this.createdAt = now;
    }

    void set(String action, @Nullable String owner, @Nullable LocalDate dueDate, ActionStatus status, Instant now) {
        this.action = action;
        this.owner = owner;
        this.dueDate = dueDate;
        this.status = status;
        this.updatedAt = now;
    }

    ActionPlanItem view() {
        return new ActionPlanItem(id, roundId, criterionKey, action, owner, dueDate, status, version);
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    long getVersion() {
        return version;
    }
}
