package org.imcregistry.practice;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record as its page shows it: content, moderation state, what the reader may do, and its history. {@code isPublic}:
 * published and not held back, so that its public page ({@code PublicLinks.practice}) shows it to everyone.
 */
public record PracticeDetails(long id, long version, PracticeStatus status, PracticeContent content, String authorName,
        @Nullable String editorComment, Instant updatedAt, @Nullable Instant publishedAt, boolean canEdit,
        boolean canSubmit,
        boolean canModerate, boolean isPublic, List<HistoryLine> history, boolean contactConsent) {

    /** One line of the history: who did what, when, with the comment or the fields they changed. */
    public record HistoryLine(Instant at, String actor, String action, @Nullable PracticeStatus from,
            @Nullable PracticeStatus to, @Nullable String comment, @Nullable String changed) {
    }
}
