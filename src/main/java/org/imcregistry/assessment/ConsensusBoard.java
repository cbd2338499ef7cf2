package org.imcregistry.assessment;

import java.util.List;
import org.imcregistry.assessment.framework.Criterion;

/** What the coordinator sees to agree scores: per criterion, every individual answer side by side. */
public record ConsensusBoard(RoundViews.RoundSummary round, List<Row> rows) {

    public record Row(Criterion criterion, List<Individual> answers, Double lowest, Double highest,
            boolean disagreement, Double consensus, String rationale) {
    }

    public record Individual(String respondent, String municipality, RespondentGroup group, Double value,
            String evidence, String link, boolean submitted) {
    }

    public boolean complete() {
        return rows.stream().allMatch(r -> r.consensus() != null);
    }
}
