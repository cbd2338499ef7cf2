package org.imcregistry.mail;

/**
 * What a message is about. Essential kinds belong to a person's access (an invitation, a password reset) and
 * cannot be switched off; every other kind carries a {@code List-Unsubscribe} link.
 */
public enum MailKind {
    ACCOUNT_INVITATION(true),
    PASSWORD_RESET(true),
    ROUND_INVITATION(false),
    ROUND_REMINDER(false),
    ROUND_COMPLETE(false),
    PRACTICE_DECISION(false),
    PRACTICE_SUBMITTED(false),
    PRACTICE_ADOPTED(false),
    SUBMISSION_DIGEST(false),
    ENTRIES_ASSIGNED(false),
    JUDGING_DEADLINE(false);

    private final boolean essential;

    MailKind(boolean essential) {
        this.essential = essential;
    }

    public boolean essential() {
        return essential;
    }
}
