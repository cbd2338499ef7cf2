package org.imcregistry.competition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An entry as the competition keeps it: its own facts and the ids of the record and the applicant, with no name
 * from the registry or the register. The jury's bookkeeping needs no more; pages add the names ({@link EntryRow}).
 */
record Entry(long id, long categoryId, EditionText category, long practiceId, long partnershipId, Instant submittedAt,
        @Nullable Boolean eligible, @Nullable String eligibilityReason, @Nullable Boolean override,
        @Nullable String overrideReason, int assigned,
        int submitted) {

    EntryRow named(@Nullable String title, @Nullable String applicant) {
        return new EntryRow(id, categoryId, category, practiceId, title, partnershipId, applicant, submittedAt,
                eligible, eligibilityReason, override, overrideReason, assigned, submitted);
    }
}
