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

/**
 * A person asked to answer a round, from a member municipality and a respondent group: an account holder, or
 * someone known only by name and address who answers through a personal link.
 */
@Entity
@Table(name = "round_respondent")
class Respondent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    private String language;

    @Column(name = "link_revoked_at")
    private Instant linkRevokedAt;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    @Column(name = "reminders_off")
    private boolean remindersOff;

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

    /** Someone without an account, known by name and address. */
    static Respondent byAddress(long roundId, String name, String email, String language, Long municipalityId,
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

    Long getUserId() {
        return userId;
    }

    boolean hasAccount() {
        return userId != null;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    String getLanguage() {
        return language;
    }

    Instant getLinkRevokedAt() {
        return linkRevokedAt;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Instant getLastReminderAt() {
        return lastReminderAt;
    }

    boolean isRemindersOff() {
        return remindersOff;
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
