package org.imcregistry.competition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns jurors' scores into final scores, ranks per category, breaks ties by the edition's ordered rules
 * (saying which rule decided), and draws the shortlist. Pure arithmetic, no database: the same code serves
 * the manager's page, the export and the benchmark.
 */
public final class Aggregation {

    private static final double EPSILON = 1e-9;

    /** The edition's rules that matter here. */
    public record Settings(AggregationMethod method, List<TieBreak> tieBreaks, ShortlistRule rule, double ruleValue,
            int scaleMin, int scaleMax, Map<Long, Double> weights) {
    }

    /** One juror's scores of one entry, per criterion. */
    public record JurorScores(long jurorId, Map<Long, Double> byCriterion) {
    }

    /** An entry with everything its rank depends on. */
    public record EntryScores(long entryId, long categoryId, Instant submittedAt, List<JurorScores> jurors,
            Boolean override) {
    }

    /** An entry's place: final score, rank in its category, the tie-break that decided, and the shortlist. */
    public record Ranked(long entryId, long categoryId, Double finalScore, int rank, double median, int topScores,
            String tieBreakNote, boolean shortlistedByRule, boolean shortlisted) {
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
                double score = weightedScore(settings.weights(), juror.byCriterion());
                scores.add(score);
                perJuror.computeIfAbsent(juror.jurorId(), k -> new ArrayList<>()).add(new double[] {entry.entryId(), score});
            }
            perEntry.put(entry.entryId(), scores);
        }
        Map<Long, Double> finals = switch (settings.method()) {
            case WEIGHTED_MEAN -> mapFinals(perEntry, Aggregation::mean);
            case TRIMMED_MEAN -> mapFinals(perEntry, Aggregation::trimmedMean);
            case Z_SCORE -> zScoreFinals(settings, entries, perEntry, perJuror);
        };
        weighted.putAll(finals);

        Map<Long, List<EntryScores>> byCategory = new HashMap<>();
        entries.forEach(e -> byCategory.computeIfAbsent(e.categoryId(), k -> new ArrayList<>()).add(e));
        List<Ranked> ranked = new ArrayList<>();
        for (List<EntryScores> category : byCategory.values()) {
            ranked.addAll(rankCategory(settings, category, weighted, perEntry));
        }
        ranked.sort(Comparator.comparingLong(Ranked::categoryId).thenComparingInt(Ranked::rank));
        return ranked;
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

    private static Map<Long, Double> mapFinals(Map<Long, List<Double>> perEntry,
            java.util.function.Function<List<Double>, Double> how) {
        Map<Long, Double> finals = new HashMap<>();
        perEntry.forEach((entry, scores) -> finals.put(entry, scores.isEmpty() ? null : how.apply(scores)));
        return finals;
    }

    private static Map<Long, Double> zScoreFinals(Settings settings, List<EntryScores> entries,
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

    private static List<Ranked> rankCategory(Settings settings, List<EntryScores> category, Map<Long, Double> finals,
            Map<Long, List<Double>> perEntry) {
        Map<Long, Double> medians = new HashMap<>();
        Map<Long, Integer> tops = new HashMap<>();
        for (EntryScores entry : category) {
            medians.put(entry.entryId(), median(perEntry.get(entry.entryId())));
            tops.put(entry.entryId(), (int) entry.jurors().stream().flatMap(j -> j.byCriterion().values().stream())
                    .filter(s -> s >= settings.scaleMax() - EPSILON).count());
        }
        Comparator<EntryScores> byFinal = Comparator.comparing(
                (EntryScores e) -> finals.get(e.entryId()) == null ? Double.NEGATIVE_INFINITY : finals.get(e.entryId()))
                .reversed();
        Comparator<EntryScores> order = byFinal;
        for (TieBreak rule : settings.tieBreaks()) {
            order = order.thenComparing(tieBreaker(rule, medians, tops));
        }
        order = order.thenComparingLong(EntryScores::entryId);
        List<EntryScores> sorted = new ArrayList<>(category);
        sorted.sort(order);

        int scored = (int) sorted.stream().filter(e -> finals.get(e.entryId()) != null).count();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            EntryScores entry = sorted.get(i);
            Double finalScore = finals.get(entry.entryId());
            String note = null;
            if (i + 1 < sorted.size() && tied(finals, entry, sorted.get(i + 1))) {
                note = decidingRule(settings.tieBreaks(), entry, sorted.get(i + 1), medians, tops);
            } else if (i > 0 && tied(finals, entry, sorted.get(i - 1))) {
                note = decidingRule(settings.tieBreaks(), sorted.get(i - 1), entry, medians, tops);
            }
            boolean byRule = finalScore != null && switch (settings.rule()) {
                case TOP_N -> i < settings.ruleValue();
                case THRESHOLD -> finalScore >= settings.ruleValue() - EPSILON;
                case TOP_PERCENT -> i < Math.ceil(settings.ruleValue() / 100.0 * scored);
            };
            boolean shortlisted = entry.override() != null ? entry.override() : byRule;
            ranked.add(new Ranked(entry.entryId(), entry.categoryId(), finalScore, i + 1,
                    medians.get(entry.entryId()), tops.get(entry.entryId()), note, byRule, shortlisted));
        }
        return ranked;
    }

    private static boolean tied(Map<Long, Double> finals, EntryScores a, EntryScores b) {
        Double x = finals.get(a.entryId());
        Double y = finals.get(b.entryId());
        return x != null && y != null && Math.abs(x - y) < EPSILON;
    }

    private static Comparator<EntryScores> tieBreaker(TieBreak rule, Map<Long, Double> medians, Map<Long, Integer> tops) {
        return switch (rule) {
            case HIGHER_MEDIAN -> Comparator.comparing((EntryScores e) -> medians.get(e.entryId())).reversed();
            case MORE_TOP_SCORES -> Comparator.comparing((EntryScores e) -> tops.get(e.entryId())).reversed();
            case EARLIER_SUBMISSION -> Comparator.comparing(EntryScores::submittedAt);
        };
    }

    /** The first rule that tells the two apart, as a short note ("HIGHER_MEDIAN 7.5 > 7.0"), or "none". */
    private static String decidingRule(List<TieBreak> rules, EntryScores better, EntryScores worse,
            Map<Long, Double> medians, Map<Long, Integer> tops) {
        for (TieBreak rule : rules) {
            int compared = tieBreaker(rule, medians, tops).compare(better, worse);
            if (compared != 0) {
                return switch (rule) {
                    case HIGHER_MEDIAN -> String.format(java.util.Locale.ROOT, "HIGHER_MEDIAN %.2f / %.2f",
                            medians.get(better.entryId()), medians.get(worse.entryId()));
                    case MORE_TOP_SCORES -> "MORE_TOP_SCORES " + tops.get(better.entryId()) + " / "
                            + tops.get(worse.entryId());
                    case EARLIER_SUBMISSION -> "EARLIER_SUBMISSION " + better.submittedAt() + " / " + worse.submittedAt();
                };
            }
        }
        return "UNRESOLVED";
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
