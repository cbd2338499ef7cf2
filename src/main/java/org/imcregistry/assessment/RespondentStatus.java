package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * Where one respondent of a round is, for the coordinator: invited, opened, answering (how far), submitted.
 *
 * @param address the address entered for someone without an account; null for an account holder
 */
public record RespondentStatus(long id, @Nullable String name, @Nullable String address, boolean account,
        @Nullable String municipality,
        RespondentGroup group, Stage stage, int answered, int criteria, @Nullable Instant invitedAt, @Nullable Instant openedAt,
        @Nullable Instant submittedAt, @Nullable Instant lastReminderAt, boolean remindersOff) {

    public enum Stage {
        /** Asked, but no link went out (an account holder without an address answers when signed in). */
        NOT_INVITED,
        INVITED,
        OPENED,
        ANSWERING,
        SUBMITTED,
        /** The coordinator withdrew the links. */
        WITHDRAWN
    }

    static Stage stageOf(Respondent r, int answered) {
        if (r.isSubmitted()) {
            return Stage.SUBMITTED;
        }
        if (r.linksWithdrawn()) {
            return Stage.WITHDRAWN;
        }
        if (answered > 0) {
            return Stage.ANSWERING;
        }
        if (r.getOpenedAt() != null) {
            return Stage.OPENED;
        }
        return r.getInvitedAt() == null ? Stage.NOT_INVITED : Stage.INVITED;
    }
}
