package org.imcregistry.competition;

import java.util.List;
import org.imcregistry.common.Problem;
import org.jspecify.annotations.Nullable;

/** The checks of one score, the same whether it is typed on the judging page or read from a scoring sheet. */
final class ScoreRules {

    private ScoreRules() {
    }

    /**
     * A known criterion, a value on the scale, and a comment whenever the value is at an end of the scale (a top or
     * bottom mark must be explained). Problems are added under {@code field}.
     */
    static void check(Edition edition, long criterionId, double value, @Nullable String comment, String field,
            List<Problem> problems) {
        if (edition.criteria().stream().noneMatch(c -> c.id() == criterionId)) {
            problems.add(Problem.of(field, "competition.error.criterion"));
        } else if (Double.isNaN(value) || value < edition.scaleMin() || value > edition.scaleMax()) {
            problems.add(Problem.of(field, "competition.error.scale", edition.scaleMin(), edition.scaleMax()));
        } else if ((value == edition.scaleMin() || value == edition.scaleMax()) && (comment == null || comment.isBlank())) {
            problems.add(Problem.of(field, "competition.error.comment-extreme", edition.scaleMin(), edition.scaleMax()));
        }
    }
}
