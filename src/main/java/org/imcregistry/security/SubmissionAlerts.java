package org.imcregistry.security;

/** How an editor hears of records submitted for moderation. */
public enum SubmissionAlerts {
    /** One mail per submitted record, as it is submitted. */
    IMMEDIATELY,
    /** One mail a day listing what was submitted since the previous one. */
    DAILY_DIGEST,
    OFF
}
