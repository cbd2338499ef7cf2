package org.imcregistry.assessment;

import java.util.Map;

/**
 * Where a partnership stands among its peers: per criterion, the band of twenty percentiles its consensus falls
 * in among the latest closed rounds of other partnerships on the same framework version. Only a closed round has
 * one, fixed when it closed against a peer snapshot that moves only after {@link #NEW_PEERS_TO_MOVE} other
 * partnerships have closed a round; shown only with at least {@link #MIN_PEERS} peers, their number rounded down to
 * a multiple of {@link #PEERS_SHOWN_IN_STEPS_OF}. So no reading, however repeated, tells what a single peer agreed.
 */
public record Benchmark(int peers, Map<String, Band> bandByCriterion, Status status) {

    public static final int MIN_PEERS = 5;
    /** How many other partnerships must close a round on a framework before its peer snapshot is taken again. */
    public static final int NEW_PEERS_TO_MOVE = 5;
    static final int PEERS_SHOWN_IN_STEPS_OF = 5;
    static final int BAND_WIDTH = 20;

    /** Why a benchmark is or is not shown. */
    public enum Status { SHOWN, ROUND_OPEN, TOO_FEW_PEERS }

    /** A range of percentiles, e.g. 40–60. */
    public record Band(int from, int to) {

        static Band of(double percentile) {
            int from = Math.min(100 - BAND_WIDTH, (int) Math.floor(percentile / BAND_WIDTH) * BAND_WIDTH);
            return new Band(from, from + BAND_WIDTH);
        }
    }

    static Benchmark withheld(int peers, Status status) {
        return new Benchmark(peers, Map.of(), status);
    }

    static Benchmark shown(int peers, Map<String, Band> bands) {
        return new Benchmark(peers / PEERS_SHOWN_IN_STEPS_OF * PEERS_SHOWN_IN_STEPS_OF, bands, Status.SHOWN);
    }

    public boolean shown() {
        return status == Status.SHOWN;
    }
}
