package org.imcregistry.assessment;

import java.util.Map;

/**
 * Where a partnership stands among its peers: per criterion, the percentile of its consensus among
 * the closed rounds of other partnerships on the same framework version. Shown only when at least
 * {@link #MIN_PEERS} other partnerships contribute, so that no peer can be recognised.
 */
public record Benchmark(int peers, Map<String, Double> percentileByCriterion, boolean shown) {

    public static final int MIN_PEERS = 5;
}
