package org.imcregistry.competition;

import java.time.Instant;

/**
 * An entry as the competition keeps it: its own facts and the ids of the record and the applicant, with no name
 * from the registry or the register. The jury's bookkeeping needs no more; pages add the names ({@link EntryRow}).
 */
record Entry(long id, long categoryId, String category, long practiceId, long partnershipId, Instant submittedAt,
        Boolean eligible, String eligibilityReason, Boolean override, String overrideReason, int assigned,
        int submitted) {

    EntryRow named(String title, String applicant) {
        return new EntryRow(id, categoryId, category, practiceId, title, partnershipId, applicant, submittedAt,
                eligible, eligibilityReason, override, overrideReason, assigned, submitted);
    }
}
