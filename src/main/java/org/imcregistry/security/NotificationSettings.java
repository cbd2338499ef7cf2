package org.imcregistry.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's stored choices; written the first time they save, read as the defaults until then. */
@Entity
@Table(name = "notification_settings")
class NotificationSettings {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "record_decisions", nullable = false)
    private boolean recordDecisions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubmissionAlerts submissions;

    @Column(nullable = false)
    private boolean jury;

    @Column(name = "assessment_rounds", nullable = false)
    private boolean assessmentRounds;

    @Version
    private long version;

    protected NotificationSettings() {
    }

    NotificationSettings(long accountId) {
        this.accountId = accountId;
        apply(NotificationPreferences.DEFAULTS);
    }

    final void apply(NotificationPreferences preferences) {
        recordDecisions = preferences.recordDecisions();
        submissions = preferences.submissions();
        jury = preferences.jury();
        assessmentRounds = preferences.assessmentRounds();
    }

    NotificationPreferences preferences() {
        return new NotificationPreferences(recordDecisions, submissions, jury, assessmentRounds);
    }

    Long getAccountId() {
        return accountId;
    }
}
