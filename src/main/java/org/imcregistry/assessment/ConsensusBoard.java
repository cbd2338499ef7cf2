package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.util.List;
import org.imcregistry.assessment.framework.Criterion;

/** What the coordinator sees to agree scores: per criterion, every individual answer side by side. */
public record ConsensusBoard(RoundViews.RoundSummary round, List<Row> rows) {

    public record Row(Criterion criterion, List<Individual> answers, @Nullable Double lowest, @Nullable Double highest,
            boolean disagreement, @Nullable Double consensus, @Nullable String rationale) {
    }

    public record Individual(@Nullable String respondent, @Nullable String municipality, RespondentGroup group, @Nullable Double value,
            @Nullable String evidence, @Nullable String link, boolean submitted) {
    }

    public boolean complete() {
        return rows.stream().allMatch(r -> r.consensus() != null);
    }
}
