package org.imcregistry.competition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imcregistry.competition.Aggregation.EntryScores;
import org.imcregistry.competition.Aggregation.Settings;

/**
 * From jurors' scores to each entry's final score: a juror's weighted score of an entry, then the edition's method
 * over the jurors (mean, trimmed mean, or z-scores that take out each juror's own strictness), and the statistics
 * these need.
 */
final class FinalScores {

    static final double EPSILON = 1e-9;

    private FinalScores() {
    }

    /** A juror's score of an entry: the weighted mean over the criteria they scored. */
    static double weightedScore(Map<Long, Double> weights, Map<Long, Double> scores) {
        double sum = 0;
        double weight = 0;
        for (var score : scores.entrySet()) {
            double w = weights.getOrDefault(score.getKey(), 0.0);
            sum += w * score.getValue();
            weight += w;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    static Map<Long, Double> mapFinals(Map<Long, List<Double>> perEntry,
            Function<List<Double>, Double> how) {
        Map<Long, Double> finals = new HashMap<>();
        perEntry.forEach((entry, scores) -> finals.put(entry, scores.isEmpty() ? null : how.apply(scores)));
        return finals;
    }

    static Map<Long, Double> zScoreFinals(Settings settings, List<EntryScores> entries,
            Map<Long, List<Double>> perEntry, Map<Long, List<double[]>> perJuror) {
        List<Double> all = perEntry.values().stream().flatMap(List::stream).toList();
        double grandMean = all.isEmpty() ? 0 : mean(all);
        double grandSd = standardDeviation(all, grandMean);
        Map<Long, List<Double>> zs = new HashMap<>();
        perJuror.forEach((juror, scored) -> {
            List<Double> own = scored.stream().map(p -> p[1]).toList();
            double mean = mean(own);
            double sd = standardDeviation(own, mean);
            for (double[] pair : scored) {
                double z = sd < EPSILON ? 0 : (pair[1] - mean) / sd;
                zs.computeIfAbsent((long) pair[0], k -> new ArrayList<>()).add(z);
            }
        });
        Map<Long, Double> finals = new HashMap<>();
        for (EntryScores entry : entries) {
            List<Double> z = zs.getOrDefault(entry.entryId(), List.of());
            if (z.isEmpty()) {
                finals.put(entry.entryId(), null);
            } else {
                double rescaled = grandMean + mean(z) * grandSd;
                finals.put(entry.entryId(), Math.max(settings.scaleMin(), Math.min(settings.scaleMax(), rescaled)));
            }
        }
        return finals;
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    static double trimmedMean(List<Double> values) {
        if (values.size() < 5) {
            return mean(values);
        }
        List<Double> sorted = values.stream().sorted().toList();
        return mean(sorted.subList(1, sorted.size() - 1));
    }

    static double median(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Population standard deviation: the jurors' scores are all there is, not a sample of something larger. */
    static double standardDeviation(List<Double> values, double mean) {
        if (values.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / values.size());
    }
}
