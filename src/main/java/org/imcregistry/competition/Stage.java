package org.imcregistry.competition;

/** The stages of an edition, in order; each change is confirmed by the manager and logged. */
public enum Stage {
    DRAFT, OPEN, ELIGIBILITY, JUDGING, SHORTLISTED, CLOSED;

    public Stage next() {
        return this == CLOSED ? CLOSED : values()[ordinal() + 1];
    }
}
