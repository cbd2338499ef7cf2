package org.imcregistry.competition;

import java.time.Instant;

/** An entry as the manager sees it: the practice, the applicant, eligibility, jury progress and any override. */
public record EntryRow(long id, long categoryId, String category, long practiceId, String title, long partnershipId,
        String applicant, Instant submittedAt, Boolean eligible, String eligibilityReason, Boolean override,
        String overrideReason, int assigned, int submitted) {
}
