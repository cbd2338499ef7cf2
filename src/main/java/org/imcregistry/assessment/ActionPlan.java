package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.util.List;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's improvement plan. Actions are tied to criteria and carry over from round to round
 * on the same framework, so the next round shows what was done. Members read it; coordinators write it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ActionPlan {

    private final ActionItemRepository items;
    private final RoundAccess access;
    private final FrameworkCatalog frameworks;
    private final Clock clock;

    ActionPlan(ActionItemRepository items, RoundAccess access, FrameworkCatalog frameworks, Clock clock) {
        this.items = items;
        this.access = access;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** Every action of the partnership on this round's framework, oldest first, from earlier rounds too. */
    @Transactional(readOnly = true)
    public List<ActionPlanItem> forRound(long roundId) {
        AssessmentRound round = access.visible(roundId);
        return items.findByPartnershipIdAndFrameworkKeyOrderByCreatedAt(round.getPartnershipId(),
                frameworks.byId(round.getFrameworkId()).key()).stream().map(ActionItem::view).toList();
    }

    /** Adds an action to improve {@code criterionKey}; coordinators only. */
    @Transactional
    public ActionPlanItem add(long roundId, String criterionKey, String action, String owner,
            java.time.LocalDate due) {
        AssessmentRound round = access.coordinated(roundId);
        var framework = frameworks.byId(round.getFrameworkId());
        framework.criterion(criterionKey).orElseThrow(() -> new UserFacingException("round.error.criterion"));
        ActionItem item = new ActionItem(round.getPartnershipId(), roundId, framework.key(), criterionKey,
                clock.instant());
        item.set(required(action), optional(owner), due, ActionStatus.PLANNED, clock.instant());
        return items.save(item).view();
    }

    /** Changes an action's status, owner or due date; refuses a stale change. Coordinators only. */
    @Transactional
    public ActionPlanItem update(long roundId, ActionPlanItem changed) {
        AssessmentRound round = access.coordinated(roundId);
        ActionItem item = items.findById(changed.id())
                .filter(i -> i.getPartnershipId().equals(round.getPartnershipId()))
                .orElseThrow(() -> new UserFacingException("action.error.not-found"));
        if (item.getVersion() != changed.version()) {
            throw new UserFacingException("action.error.changed-meanwhile");
        }
        item.set(required(changed.action()), optional(changed.owner()), changed.dueDate(),
                changed.status() == null ? ActionStatus.PLANNED : changed.status(), clock.instant());
        return items.saveAndFlush(item).view();
    }

    private static String required(@Nullable String action) {
        if (action == null || action.isBlank()) {
            throw new UserFacingException("action.error.text");
        }
        if (action.length() > 1000) {
            throw new UserFacingException("validation.too-long", 1000);
        }
        return Text.withoutControlCharacters(action).strip();
    }

    private static @Nullable String optional(@Nullable String owner) {
        if (owner == null || owner.isBlank()) {
            return null;
        }
        if (owner.length() > 200) {
            throw new UserFacingException("validation.too-long", 200);
        }
        return Text.withoutControlCharacters(owner).strip();
    }
}
