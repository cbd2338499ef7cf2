package org.imcregistry.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.assessment.framework.Framework;

/** The results of a round as the results page and the export show them. */
public record RoundResultsView(RoundViews.RoundSummary round, Framework framework, Double index,
        List<CriterionResult> criteria, Map<String, Map<String, Double>> byMunicipality,
        Map<RespondentGroup, Map<String, Double>> byGroup, List<TrendPoint> trend, boolean individualsVisible) {

    /** One criterion: the agreed score and how individual answers were spread. */
    public record CriterionResult(Criterion criterion, Double consensus, Double consensusScore, long answers,
            Double mean, Double lowest, Double highest, boolean disagreement) {

        public Double spread() {
            return lowest == null ? null : highest - lowest;
        }
    }

    /** An earlier or this round of the same partnership on the same framework. */
    public record TrendPoint(long roundId, String title, Instant closedAt, Double index,
            Map<String, Double> consensusScores) {
    }

    /** Up to three criteria scoring 60 or more, best first. */
    public List<CriterionResult> strengths() {
        return criteria.stream().filter(c -> c.consensusScore() != null && c.consensusScore() >= 60)
                .sorted((a, b) -> Double.compare(b.consensusScore(), a.consensusScore())).limit(3).toList();
    }

    /** Up to three criteria scoring under 60, weakest first: where the action plan should start. */
    public List<CriterionResult> weaknesses() {
        return criteria.stream().filter(c -> c.consensusScore() != null && c.consensusScore() < 60)
                .sorted((a, b) -> Double.compare(a.consensusScore(), b.consensusScore())).limit(3).toList();
    }
}
