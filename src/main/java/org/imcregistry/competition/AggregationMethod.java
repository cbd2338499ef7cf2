package org.imcregistry.competition;

/** How the jurors' scores of an entry become its final score. */
public enum AggregationMethod {
    /** The mean of the jurors' weighted scores. */
    WEIGHTED_MEAN,
    /**
     * Each juror's weighted scores as z-scores against that juror's own mean and spread (so a strict and a
     * lenient juror weigh the same), averaged per entry and rescaled to the scale with the mean and spread
     * of all weighted scores of the edition.
     */
    Z_SCORE,
    /** The mean after dropping the highest and the lowest weighted score, when an entry has at least 5. */
    TRIMMED_MEAN
}
