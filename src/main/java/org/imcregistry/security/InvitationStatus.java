package org.imcregistry.security;

/** Where the invitation of a person who has not yet chosen a password stands, for the lists administrators read. */
public enum InvitationStatus {
    PENDING,
    EXPIRED,
    REVOKED
}
