package org.imcregistry.competition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns jurors' scores into final scores, ranks per category, breaks ties by the edition's ordered rules
 * (saying which rule decided), and draws the shortlist. Pure arithmetic, no database: the same code serves
 * the manager's page, the export and the benchmark. The final scores are {@link FinalScores}' work, the order
 * within a category {@link CategoryRanking}'s.
 */
public final class Aggregation {

    /** The edition's rules that matter here. */
    public record Settings(AggregationMethod method, List<TieBreak> tieBreaks, ShortlistRule rule, double ruleValue,
            int scaleMin, int scaleMax, Map<Long, Double> weights) {
    }

    /** One juror's scores of one entry, per criterion. */
    public record JurorScores(long jurorId, Map<Long, Double> byCriterion) {
    }

    /** An entry with everything its rank depends on. */
    public record EntryScores(long entryId, long categoryId, Instant submittedAt, List<JurorScores> jurors,
            @Nullable Boolean override) {
    }

    /** An entry's place: final score, rank in its category, the tie-break that decided, and the shortlist. */
    public record Ranked(long entryId, long categoryId, @Nullable Double finalScore, int rank, double median,
            int topScores, @Nullable TieBreakNote tieBreakNote, boolean shortlistedByRule, boolean shortlisted) {
    }

    private Aggregation() {
    }

    public static List<Ranked> rank(Settings settings, List<EntryScores> entries) {
        Map<Long, Double> weighted = new HashMap<>();
        Map<Long, List<Double>> perEntry = new HashMap<>();
        Map<Long, List<double[]>> perJuror = new HashMap<>();
        for (EntryScores entry : entries) {
            List<Double> scores = new ArrayList<>();
            for (JurorScores juror : entry.jurors()) {
                double score = FinalScores.weightedScore(settings.weights(), juror.byCriterion());
                scores.add(score);
                perJuror.computeIfAbsent(juror.jurorId(), k -> new ArrayList<>()).add(new double[] {entry.entryId(), score});
            }
            perEntry.put(entry.entryId(), scores);
        }
        Map<Long, Double> finals = switch (settings.method()) {
            case WEIGHTED_MEAN -> FinalScores.mapFinals(perEntry, FinalScores::mean);
            case TRIMMED_MEAN -> FinalScores.mapFinals(perEntry, FinalScores::trimmedMean);
            case Z_SCORE -> FinalScores.zScoreFinals(settings, entries, perEntry, perJuror);
        };
        weighted.putAll(finals);

        Map<Long, List<EntryScores>> byCategory = new HashMap<>();
        entries.forEach(e -> byCategory.computeIfAbsent(e.categoryId(), k -> new ArrayList<>()).add(e));
        List<Ranked> ranked = new ArrayList<>();
        for (List<EntryScores> category : byCategory.values()) {
            ranked.addAll(CategoryRanking.rank(settings, category, weighted, perEntry));
        }
        ranked.sort(Comparator.comparingLong(Ranked::categoryId).thenComparingInt(Ranked::rank));
        return ranked;
    }
}
