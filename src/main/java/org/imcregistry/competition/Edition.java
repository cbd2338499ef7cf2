package org.imcregistry.competition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An edition of a competition with its rules: categories, criteria and weights, eligibility, jury and ranking.
 * {@code judgingDeadline} (or null) is when jurors should have scored; they are reminded a few days before.
 */
public record Edition(long id, String name, int year, Stage stage, @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn, @Nullable LocalDate judgingDeadline, int jurorsPerEntry, boolean blind,
        boolean excludeSameCountry,
        AggregationMethod aggregation, ShortlistRule rule, double ruleValue, List<TieBreak> tieBreaks, int scaleMin,
        int scaleMax, long version, List<Category> categories, List<Criterion> criteria, List<EditionText> rules,
        Set<Long> jurors) {

    /** A category; its name in each language (see {@link EditionText}). */
    public record Category(long id, EditionText name) {
    }

    public record Criterion(long id, EditionText name, double weight) {
    }

    /** The category's name in the reader's language; an unknown id (an entry read meanwhile) reads as null. */
    public @Nullable String categoryName(long categoryId, Locale locale) {
        return categories.stream().filter(c -> c.id() == categoryId).findFirst().map(c -> c.name().in(locale))
                .orElse(null);
    }

    public Map<Long, Double> weights() {
        return criteria.stream().collect(Collectors.toMap(Criterion::id, Criterion::weight));
    }

    public Aggregation.Settings settings() {
        return new Aggregation.Settings(aggregation, tieBreaks, rule, ruleValue, scaleMin, scaleMax, weights());
    }
}
