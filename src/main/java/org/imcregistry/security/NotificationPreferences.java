package org.imcregistry.security;

import java.util.Objects;

/** What a person has chosen to receive; a person who never chose gets {@link #DEFAULTS}. */
public record NotificationPreferences(boolean recordDecisions, SubmissionAlerts submissions, boolean jury,
        boolean assessmentRounds) {

    /** Everything on, submissions one by one: nobody misses a mail before they have seen the settings. */
    public static final NotificationPreferences DEFAULTS = new NotificationPreferences(true,
            SubmissionAlerts.IMMEDIATELY, true, true);

    public NotificationPreferences {
        Objects.requireNonNull(submissions, "submissions");
    }

    /** Whether mail of a topic may be sent; for submissions, in either form. */
    public boolean allows(NotificationTopic topic) {
        return switch (topic) {
            case RECORD_DECISIONS -> recordDecisions;
            case SUBMISSIONS -> submissions != SubmissionAlerts.OFF;
            case JURY -> jury;
            case ASSESSMENT_ROUNDS -> assessmentRounds;
        };
    }
}
