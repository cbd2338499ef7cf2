package org.imcregistry.competition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Why two entries with the same final score stand in this order: the rule that told them apart and the two values
 * it compared (the better entry's first), or no rule when every rule left them tied. {@link TieBreakWords} says it
 * in the reader's language.
 */
public record TieBreakNote(@Nullable TieBreak rule, double betterMedian, double worseMedian, int betterTopScores,
        int worseTopScores, Instant betterSubmitted, Instant worseSubmitted) {
}
