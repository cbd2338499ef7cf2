package org.imcregistry.assessment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.assessment.framework.Framework;

/** The results of a round as the results page and the export show them. */
public record RoundResultsView(RoundViews.RoundSummary round, Framework framework, @Nullable Double index,
        List<CriterionResult> criteria, Map<String, Map<String, Double>> byMunicipality,
        Map<RespondentGroup, Map<String, Double>> byGroup, List<TrendPoint> trend, boolean individualsVisible) {

    /** One criterion: the agreed score and how individual answers were spread. */
    public record CriterionResult(Criterion criterion, @Nullable Double consensus, @Nullable Double consensusScore, long answers,
            @Nullable Double mean, @Nullable Double lowest, @Nullable Double highest, boolean disagreement) {

        public @Nullable Double spread() {
            return lowest == null || highest == null ? null : highest - lowest;
        }
    }

    /** An earlier or this round of the same partnership on the same framework. */
    public record TrendPoint(long roundId, String title, @Nullable Instant closedAt, @Nullable Double index,
            Map<String, Double> consensusScores) {
    }

    private static double score(CriterionResult c) {
        return Objects.requireNonNull(c.consensusScore(), "filtered to scored criteria");
    }

    /** Up to three criteria scoring 60 or more, best first. */
    public List<CriterionResult> strengths() {
        return criteria.stream().filter(c -> c.consensusScore() != null && c.consensusScore() >= 60)
                .sorted((a, b) -> Double.compare(score(b), score(a))).limit(3).toList();
    }

    /** Up to three criteria scoring under 60, weakest first: where the action plan should start. */
    public List<CriterionResult> weaknesses() {
        return criteria.stream().filter(c -> c.consensusScore() != null && c.consensusScore() < 60)
                .sorted((a, b) -> Double.compare(score(a), score(b))).limit(3).toList();
    }
}
