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

/**
 * A person asked to answer a round, from a member municipality and a respondent group: an account holder, or
 * someone known only by name and address who answers through a personal link.
 */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "round_respondent")
class Respondent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Column(name = "display_name")
    private @Nullable String displayName;

    private @Nullable String email;

    private @Nullable String language;

    @Column(name = "link_revoked_at")
    private @Nullable Instant linkRevokedAt;

    @Column(name = "invited_at")
    private @Nullable Instant invitedAt;

    @Column(name = "opened_at")
    private @Nullable Instant openedAt;

    @Column(name = "last_reminder_at")
    private @Nullable Instant lastReminderAt;

    @Column(name = "reminders_off")
    private boolean remindersOff;

    @Column(name = "municipality_id")
    private @Nullable Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_group", nullable = false, length = 20)
    private RespondentGroup group;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Version
    private long version;

    protected Respondent() {
    }

    Respondent(long roundId, long userId, @Nullable Long municipalityId, RespondentGroup group) {
        this.roundId = roundId;
        this.userId = userId;
        this.municipalityId = municipalityId;
        this.group = group;
    }

    /** Someone without an account, known by name and address. */
    static Respondent byAddress(long roundId, @Nullable String name, @Nullable String email, String language,
            @Nullable Long municipalityId,
            RespondentGroup group) {
        Respondent respondent = new Respondent();
        respondent.roundId = roundId;
        respondent.displayName = name;
        respondent.email = email;
        respondent.language = language;
        respondent.municipalityId = municipalityId;
        respondent.group = group;
        return respondent;
    }

    /** Invited (again): links work, also after they had been withdrawn. */
    void invited(Instant now) {
        linkRevokedAt = null;
        invitedAt = now;
    }

    /** The coordinator withdrew the links (their rows are deleted); only a new invitation gives one again. */
    void linksWithdrawn(Instant now) {
        linkRevokedAt = now;
    }

    boolean linksWithdrawn() {
        return linkRevokedAt != null;
    }

    void opened(Instant now) {
        if (openedAt == null) {
            openedAt = now;
        }
    }

    void reminded(Instant now) {
        lastReminderAt = now;
    }

    void stopReminders() {
        remindersOff = true;
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

    @Nullable Long getUserId() {
        return userId;
    }

    boolean hasAccount() {
        return userId != null;
    }

    @Nullable String getDisplayName() {
        return displayName;
    }

    @Nullable String getEmail() {
        return email;
    }

    @Nullable String getLanguage() {
        return language;
    }

    @Nullable Instant getLinkRevokedAt() {
        return linkRevokedAt;
    }

    @Nullable Instant getInvitedAt() {
        return invitedAt;
    }

    @Nullable Instant getOpenedAt() {
        return openedAt;
    }

    @Nullable Instant getLastReminderAt() {
        return lastReminderAt;
    }

    boolean isRemindersOff() {
        return remindersOff;
    }

    @Nullable Long getMunicipalityId() {
        return municipalityId;
    }

    RespondentGroup getGroup() {
        return group;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }
}
