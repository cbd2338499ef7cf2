package org.imcregistry.practice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A record in a work list (mine, or the editors' queue). */
public record PracticeRow(long id, String title, PracticeStatus status, String authorName, Instant updatedAt,
        @Nullable String editorComment) {
}
