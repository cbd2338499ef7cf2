package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A juror's scores kept in arrays weigh into the final score exactly as a map of them did. */
class CriterionScoresTest {

    @Test
    void aScoreSetAgainReplacesTheFirstAndMoreCriteriaThanExpectedAreKept() {
        CriterionScores scores = new CriterionScores();
        Map<Long, Double> expected = new HashMap<>();
        Map<Long, Double> weights = new HashMap<>();
        for (long criterion = 1; criterion <= 9; criterion++) {
            scores.set(criterion, criterion);
            expected.put(criterion, (double) criterion);
            weights.put(criterion, 0.5 + criterion / 10.0);
        }
        scores.set(3, 10);
        expected.put(3L, 10.0);

        assertThat(scores).isEqualTo(expected).hasSize(9);
        assertThat(scores.get(3L)).isEqualTo(10.0);
        assertThat(scores.get(42L)).isNull();
        assertThat(FinalScores.weightedScore(weights, scores)).isCloseTo(FinalScores.weightedScore(weights, expected),
                org.assertj.core.data.Offset.offset(1e-12));
    }
}
