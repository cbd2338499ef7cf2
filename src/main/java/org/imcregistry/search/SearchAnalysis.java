package org.imcregistry.search;

/**
 * How text is analysed and queries are built. {@link #IMPROVED} is what the registry runs; {@link #BASELINE} is the
 * analysis before the relevance work (one stemmer per language, no compounds, no concepts across languages), kept so
 * that {@code bench/run relevance} can measure both in one process.
 */
public enum SearchAnalysis {
    BASELINE,
    IMPROVED
}
