package org.imcregistry.practice;

import java.time.Instant;

/** A public record a partnership adopts, as the partnership's page lists it. */
public record AdoptedRecord(long practiceId, String title, Instant adoptedAt, String note) {
}
