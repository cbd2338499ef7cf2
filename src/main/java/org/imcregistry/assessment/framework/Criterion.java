package org.imcregistry.assessment.framework;

import org.jspecify.annotations.Nullable;
/**
 * One thing a partnership assesses itself on. {@code searchTerms} lead from a weak result to good
 * practices in the registry that address it.
 */
public record Criterion(String key, @Nullable String group, double weight, Localized title, Localized description,
        Localized searchTerms, Scale scale) {
}
