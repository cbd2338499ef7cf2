package org.imcregistry.competition;

import java.util.Map;
import org.imcregistry.practice.PracticeSection;

/**
 * An entry's practice as a juror reads it: in a blind edition {@code title} and the sections are masked (see
 * {@link BlindEntries}) and {@code applicant} is null; {@code code} names the entry either way.
 */
public record EntryForJuror(String code, String title, String applicant, Map<PracticeSection, String> sections) {
}
