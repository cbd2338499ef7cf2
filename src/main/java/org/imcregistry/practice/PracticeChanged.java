package org.imcregistry.practice;

/** A record was created, edited or moved in moderation; after commit the search index follows. */
record PracticeChanged(long practiceId) {
}
