package org.imcregistry.mail;

/** Where an outgoing message is. */
public enum MailStatus {
    /** Waiting for its first or next attempt. */
    QUEUED,
    SENT,
    /** Given up on after a day of attempts; an administrator may send it again. */
    FAILED,
    /** No mail server is configured (the embedded default): kept here to be read in "Outgoing mail". */
    KEPT
}
