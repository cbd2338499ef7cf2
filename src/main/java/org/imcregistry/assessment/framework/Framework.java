package org.imcregistry.assessment.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A self-assessment framework: versioned data, not code. A version that has answers never changes;
 * a changed framework is a new version.
 */
public record Framework(String key, int version, Localized title, Localized description, List<Group> groups,
        List<Criterion> criteria) {

    /** A named group of criteria, such as "enablers" and "results". */
    public record Group(String key, Localized title) {
    }

    public Optional<Criterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * The overall index 0..100: the weighted mean of the normalised scores of the criteria that have
     * one; empty when none has.
     */
    public Optional<Double> index(Map<String, Double> scoreByCriterion) {
        double weighted = 0;
        double weights = 0;
        for (Criterion criterion : criteria) {
            Double value = scoreByCriterion.get(criterion.key());
            if (value != null) {
                weighted += criterion.weight() * criterion.scale().normalise(value);
                weights += criterion.weight();
            }
        }
        return weights == 0 ? Optional.empty() : Optional.of(weighted / weights);
    }
}
