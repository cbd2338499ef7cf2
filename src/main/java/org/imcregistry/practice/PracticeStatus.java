package org.imcregistry.practice;

/** Where a record is in moderation. Only published records are public. */
public enum PracticeStatus {
    DRAFT, SUBMITTED, NEEDS_INFORMATION, PUBLISHED, REJECTED;

    /** The author may change the text while the record is theirs to work on. */
    public boolean editableByAuthor() {
        return this == DRAFT || this == NEEDS_INFORMATION;
    }
}
