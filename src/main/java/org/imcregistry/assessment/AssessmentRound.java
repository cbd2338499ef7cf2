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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** One self-assessment of one partnership against one framework version. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "assessment_round")
class AssessmentRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;

    @Column(name = "framework_id", nullable = false)
    private Long frameworkId;

    @Column(nullable = false, length = 200)
    private String title;

    private @Nullable LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AnswerVisibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    /** Peers' rounds closed up to this moment make the benchmark; null for rounds closed before it was kept. */
    @Column(name = "benchmark_as_of")
    private @Nullable Instant benchmarkAsOf;

    /** Days before the deadline on which everyone who has not submitted is reminded, e.g. "7,2". */
    @Column(name = "reminder_days", nullable = false)
    private String reminderDays = "7,2";

    @Version
    private long version;

    protected AssessmentRound() {
    }

    AssessmentRound(long partnershipId, long frameworkId, String title, @Nullable LocalDate deadline,
            AnswerVisibility visibility, Instant createdAt) {
        this.partnershipId = partnershipId;
        this.frameworkId = frameworkId;
        this.title = title;
        this.deadline = deadline;
        this.visibility = visibility;
        this.createdAt = createdAt;
    }

    List<Integer> getReminderDays() {
        return reminderDays.isBlank() ? List.of()
                : Arrays.stream(reminderDays.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    void setReminderDays(List<Integer> days) {
        reminderDays = String.join(",", days.stream().distinct().sorted(Comparator.reverseOrder())
                .map(String::valueOf).toList());
    }

    void close(Instant now) {
        status = RoundStatus.CLOSED;
        closedAt = now;
    }

    void close(Instant now, Instant benchmarkSnapshot) {
        close(now);
        benchmarkAsOf = benchmarkSnapshot;
    }

    /** The moment the benchmark of this closed round is computed at: frozen, so rereading it shows nothing new. */
    @Nullable Instant benchmarkAsOf() {
        return benchmarkAsOf != null ? benchmarkAsOf : closedAt;
    }

    Long getId() {
        return id;
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    Long getFrameworkId() {
        return frameworkId;
    }

    String getTitle() {
        return title;
    }

    @Nullable LocalDate getDeadline() {
        return deadline;
    }

    AnswerVisibility getVisibility() {
        return visibility;
    }

    RoundStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getClosedAt() {
        return closedAt;
    }
}
