package org.imcregistry.security;

/**
 * The kinds of non-essential mail a person can switch off in My account. Mail about access (invitations,
 * password resets) is essential and has no topic.
 */
public enum NotificationTopic {
    /** An editor published, sent back or rejected one of my records. */
    RECORD_DECISIONS,
    /** A record was submitted for moderation (editors; immediately or in a daily digest). */
    SUBMISSIONS,
    /** Entries assigned to me as a juror, and a judging deadline drawing near. */
    JURY,
    /** A round I coordinate has every answer in. */
    ASSESSMENT_ROUNDS
}
