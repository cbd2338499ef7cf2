package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/** An action of the plan as views see it; {@code roundId} is the round it was planned in. */
public record ActionPlanItem(long id, long roundId, String criterionKey, String action, @Nullable String owner,
        @Nullable LocalDate dueDate, ActionStatus status, long version) {
}
