package org.imcregistry.competition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An entry as the manager sees it: the practice, the applicant, eligibility, jury progress and any override. */
public record EntryRow(long id, long categoryId, EditionText category, long practiceId, @Nullable String title,
        long partnershipId, @Nullable String applicant, Instant submittedAt, @Nullable Boolean eligible,
        @Nullable String eligibilityReason, @Nullable Boolean override, @Nullable String overrideReason, int assigned,
        int submitted) {
}
