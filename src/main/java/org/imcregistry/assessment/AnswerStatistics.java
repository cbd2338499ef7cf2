package org.imcregistry.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a round's answers from one aggregation in the database: it groups the answers by criterion,
 * municipality and respondent group at once (a few hundred rows at most), and the three views the results show
 * (per criterion; per criterion and municipality; per criterion and group) are added up from those rows here,
 * instead of three passes over every answer.
 */
final class AnswerStatistics {

    /** Count, sum, lowest and highest of some answers; the mean is the sum over the count. */
    static final class Figures {

        private long count;
        private double sum;
        private double lowest = Double.POSITIVE_INFINITY;
        private double highest = Double.NEGATIVE_INFINITY;

        private void add(long rowCount, double rowSum, double rowLowest, double rowHighest) {
            count += rowCount;
            sum += rowSum;
            lowest = Math.min(lowest, rowLowest);
            highest = Math.max(highest, rowHighest);
        }

        long count() {
            return count;
        }

        double mean() {
            return sum / count;
        }

        double lowest() {
            return lowest;
        }

        double highest() {
            return highest;
        }
    }

    private final Map<String, Figures> byCriterion = new HashMap<>();
    private final Map<String, Map<@Nullable Long, Figures>> byMunicipality = new HashMap<>();
    private final Map<String, Map<RespondentGroup, Figures>> byGroup = new HashMap<>();

    /** From rows of criterion, municipality (or null), group, count, sum, min, max. */
    AnswerStatistics(List<Object[]> rows) {
        for (Object[] row : rows) {
            String criterion = (String) row[0];
            Long municipality = (Long) row[1];
            RespondentGroup group = (RespondentGroup) row[2];
            long count = ((Number) row[3]).longValue();
            double sum = ((Number) row[4]).doubleValue();
            double lowest = ((Number) row[5]).doubleValue();
            double highest = ((Number) row[6]).doubleValue();
            byCriterion.computeIfAbsent(criterion, k -> new Figures()).add(count, sum, lowest, highest);
            byMunicipality.computeIfAbsent(criterion, k -> new HashMap<>())
                    .computeIfAbsent(municipality, k -> new Figures()).add(count, sum, lowest, highest);
            byGroup.computeIfAbsent(criterion, k -> new HashMap<>())
                    .computeIfAbsent(group, k -> new Figures()).add(count, sum, lowest, highest);
        }
    }

    /** The figures of one criterion's answers, or null when nobody answered it. */
    @Nullable Figures criterion(String key) {
        return byCriterion.get(key);
    }

    /** Per criterion and municipality (null for respondents of no municipality). */
    Map<String, Map<@Nullable Long, Figures>> byMunicipality() {
        return byMunicipality;
    }

    /** Per criterion and respondent group. */
    Map<String, Map<RespondentGroup, Figures>> byGroup() {
        return byGroup;
    }
}
