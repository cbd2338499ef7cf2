package org.imcregistry.practice;

import java.time.Instant;

/** A record in a work list (mine, or the editors' queue). */
public record PracticeRow(long id, String title, PracticeStatus status, String authorName, Instant updatedAt,
        String editorComment) {
}
