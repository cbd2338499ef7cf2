package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.assessment.framework.Framework;

/** What the rounds' services hand to views. */
public final class RoundViews {

    private RoundViews() {
    }

    /** A round in lists, with the viewer's part in it. */
    public record RoundSummary(long id, long partnershipId, String partnershipName, String title,
            long frameworkId, RoundStatus status, @Nullable LocalDate deadline, int respondents, int submitted,
            boolean respondent, boolean answeredAndSubmitted, boolean coordinator) {
    }

    /** A respondent's own answers to a round, as they left them. */
    public record AnswerSheet(long roundId, String title, Framework framework, Map<String, AnswerView> answers,
            boolean submitted, boolean open) {

        public int answeredCount() {
            return (int) answers.values().stream().filter(a -> a.value() != null).count();
        }
    }

    public record AnswerView(String criterionKey, @Nullable Double value, Set<String> ticked, @Nullable String evidence,
            @Nullable String link) {
    }

    /** What a respondent gives for one criterion: a value (Likert, percent) or ticked conditions (stages). */
    public record AnswerInput(@Nullable Double value, Set<String> ticked, @Nullable String evidence, @Nullable String link) {
    }

    /** Who is asked to answer: a person of the partnership, the municipality they speak for, their group. */
    public record RespondentInvite(long accountId, long municipalityId, RespondentGroup group) {
    }

    /** What the coordinator enters to open a round. */
    public record NewRound(long partnershipId, long frameworkId, String title, LocalDate deadline,
            AnswerVisibility visibility, List<RespondentInvite> respondents) {
    }

    /** Who has not yet submitted, for reminders. */
    public record Pending(long respondentId, @Nullable String displayName, int answered) {
    }
}
