package org.imcregistry.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change to a record: who, when, what (the fields edited, or the workflow step and its comment). */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "practice_history")
class PracticeHistoryEntry {

    /** What happened. */
    enum Action { CREATED, IMPORTED, EDITED, STATUS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private @Nullable PracticeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private @Nullable PracticeStatus toStatus;

    @Column(length = 4000)
    private @Nullable String comment;

    @Column(length = 2000)
    private @Nullable String changed;

    protected PracticeHistoryEntry() {
    }

    PracticeHistoryEntry(long practiceId, Instant at, long actorId, Action action, @Nullable PracticeStatus fromStatus,
            @Nullable PracticeStatus toStatus, @Nullable String comment, @Nullable String changed) {
        this.practiceId = practiceId;
        this.at = at;
        this.actorId = actorId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
        this.changed = changed == null || changed.length() <= 2000 ? changed : changed.substring(0, 1999) + "…";
    }

    Instant getAt() {
        return at;
    }

    long getActorId() {
        return actorId;
    }

    Action getAction() {
        return action;
    }

    @Nullable PracticeStatus getFromStatus() {
        return fromStatus;
    }

    @Nullable PracticeStatus getToStatus() {
        return toStatus;
    }

    @Nullable String getComment() {
        return comment;
    }

    @Nullable String getChanged() {
        return changed;
    }
}
