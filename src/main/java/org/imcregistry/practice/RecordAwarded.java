package org.imcregistry.practice;

/**
 * A competition gave a record a label ("Winner — IMC good practices 2026"): published by the competition when an
 * edition closes, and put on the record by the registry, which owns the record's page.
 */
public record RecordAwarded(long practiceId, long editionId, String editionName, String label) {
}
