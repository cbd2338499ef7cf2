package org.imcregistry.competition;

/** Rules that order entries with the same final score, applied in the edition's order. */
public enum TieBreak {
    /** The higher median of the jurors' weighted scores. */
    HIGHER_MEDIAN,
    /** More criterion scores at the top of the scale. */
    MORE_TOP_SCORES,
    /** Submitted earlier. */
    EARLIER_SUBMISSION
}
