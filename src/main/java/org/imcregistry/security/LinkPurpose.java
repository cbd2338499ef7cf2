package org.imcregistry.security;

import java.time.Duration;

/**
 * What a personal link is for, and how long it works. An invitation waits a week for a person to read their mail;
 * a reset link is asked for by someone about to use it, so it need not stay a way in for longer than two hours.
 */
public enum LinkPurpose {
    INVITATION(Duration.ofDays(7)),
    PASSWORD_RESET(Duration.ofHours(2));

    private final Duration validity;

    LinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
