package org.imcregistry.competition;

import java.util.Map;
import org.imcregistry.practice.PracticeSection;
import org.jspecify.annotations.Nullable;

/**
 * An entry's practice as a juror reads it: in a blind edition {@code title} and the sections are masked (see
 * {@link BlindEntries}) and {@code applicant} is null; {@code code} names the entry either way.
 */
public record EntryForJuror(String code, String title, @Nullable String applicant,
        Map<PracticeSection, String> sections) {
}
