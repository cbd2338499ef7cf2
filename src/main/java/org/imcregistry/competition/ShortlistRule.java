package org.imcregistry.competition;

/** Which entries make the shortlist, per category. */
public enum ShortlistRule {
    /** The best N of each category. */
    TOP_N,
    /** Every entry with a final score of at least the value. */
    THRESHOLD,
    /** The best given percentage of each category (rounded up). */
    TOP_PERCENT
}
