package org.imcregistry.competition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.competition.Aggregation.EntryScores;
import org.imcregistry.competition.Aggregation.Ranked;
import org.imcregistry.competition.Aggregation.Settings;

/**
 * One category's ranking: by final score, ties broken by the edition's ordered rules with a note of the rule that
 * decided, and the shortlist by the edition's rule unless the manager overrode it.
 */
final class CategoryRanking {

    private CategoryRanking() {
    }

    static List<Ranked> rank(Settings settings, List<EntryScores> category, Map<Long, Double> finals,
            Map<Long, List<Double>> perEntry) {
        Map<Long, Double> medians = new HashMap<>();
        Map<Long, Integer> tops = new HashMap<>();
        for (EntryScores entry : category) {
            medians.put(entry.entryId(), FinalScores.median(perEntry.getOrDefault(entry.entryId(), List.of())));
            tops.put(entry.entryId(), (int) entry.jurors().stream().flatMap(j -> j.byCriterion().values().stream())
                    .filter(s -> s >= settings.scaleMax() - FinalScores.EPSILON).count());
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
            TieBreakNote note = null;
            if (i + 1 < sorted.size() && tied(finals, entry, sorted.get(i + 1))) {
                note = decidingRule(settings.tieBreaks(), entry, sorted.get(i + 1), medians, tops);
            } else if (i > 0 && tied(finals, entry, sorted.get(i - 1))) {
                note = decidingRule(settings.tieBreaks(), sorted.get(i - 1), entry, medians, tops);
            }
            boolean byRule = finalScore != null && switch (settings.rule()) {
                case TOP_N -> i < settings.ruleValue();
                case THRESHOLD -> finalScore >= settings.ruleValue() - FinalScores.EPSILON;
                case TOP_PERCENT -> i < Math.ceil(settings.ruleValue() / 100.0 * scored);
            };
            boolean shortlisted = entry.override() != null ? entry.override() : byRule;
            ranked.add(new Ranked(entry.entryId(), entry.categoryId(), finalScore, i + 1,
                    Objects.requireNonNull(medians.get(entry.entryId()), "every entry of the category has a median"),
                    Objects.requireNonNull(tops.get(entry.entryId()), "every entry of the category has a count"), note,
                    byRule, shortlisted));
        }
        return ranked;
    }

    private static boolean tied(Map<Long, Double> finals, EntryScores a, EntryScores b) {
        Double x = finals.get(a.entryId());
        Double y = finals.get(b.entryId());
        return x != null && y != null && Math.abs(x - y) < FinalScores.EPSILON;
    }

    private static Comparator<EntryScores> tieBreaker(TieBreak rule, Map<Long, Double> medians, Map<Long, Integer> tops) {
        return switch (rule) {
            case HIGHER_MEDIAN -> Comparator.comparing((EntryScores e) -> medians.get(e.entryId())).reversed();
            case MORE_TOP_SCORES -> Comparator.comparing((EntryScores e) -> tops.get(e.entryId())).reversed();
            case EARLIER_SUBMISSION -> Comparator.comparing(EntryScores::submittedAt);
        };
    }

    /** The first rule that tells the two apart, with the values it compared; no rule when none did. */
    private static TieBreakNote decidingRule(List<TieBreak> rules, EntryScores better, EntryScores worse,
            Map<Long, Double> medians, Map<Long, Integer> tops) {
        TieBreak decided = null;
        for (TieBreak rule : rules) {
            if (tieBreaker(rule, medians, tops).compare(better, worse) != 0) {
                decided = rule;
                break;
            }
        }
        return new TieBreakNote(decided, value(medians, better), value(medians, worse), value(tops, better),
                value(tops, worse), better.submittedAt(), worse.submittedAt());
    }

    private static <T> T value(Map<Long, T> values, EntryScores entry) {
        return Objects.requireNonNull(values.get(entry.entryId()), "every entry of the category has its values");
    }
}
