package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.assessment.RoundViews.AnswerSheet;
import org.imcregistry.assessment.RoundViews.AnswerView;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.assessment.framework.Framework;
import org.imcregistry.assessment.framework.Scale;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Answering a round, once the caller has established who answers: a signed-in respondent ({@link AssessmentRounds})
 * or the holder of a personal link ({@link RespondentLinks}). One set of rules for both.
 */
@Component
class AnswerTaking {

    private final AnswerRepository answers;
    private final RespondentRepository respondents;
    private final FrameworkCatalog frameworks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerTaking(AnswerRepository answers, RespondentRepository respondents, FrameworkCatalog frameworks,
            ApplicationEventPublisher events, Clock clock) {
        this.answers = answers;
        this.respondents = respondents;
        this.frameworks = frameworks;
        this.events = events;
        this.clock = clock;
    }

    /** Published when the last respondent of a round submits, within that transaction. */
    record EveryoneSubmitted(long roundId) {
    }

    AnswerSheet sheet(AssessmentRound round, Respondent me) {
        Map<String, AnswerView> mine = new HashMap<>();
        answers.findByRespondentId(me.getId()).forEach(a -> mine.put(a.getCriterionKey(), view(a)));
        return new AnswerSheet(round.getId(), round.getTitle(), frameworks.byId(round.getFrameworkId()), mine,
                me.isSubmitted(), round.getStatus() == RoundStatus.OPEN);
    }

    AnswerView save(AssessmentRound round, Respondent me, String criterionKey, AnswerInput input) {
        if (me.isSubmitted()) {
            throw new UserFacingException("round.error.submitted");
        }
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new UserFacingException("round.error.closed");
        }
        Criterion criterion = frameworks.byId(round.getFrameworkId()).criterion(criterionKey)
                .orElseThrow(() -> new UserFacingException("round.error.criterion"));
        Set<String> ticked = input.ticked() == null ? Set.of() : new LinkedHashSet<>(input.ticked());
        Double value = value(criterion.scale(), input.value(), ticked);
        Answer answer = answers.findByRespondentIdAndCriterionKey(me.getId(), criterionKey)
                .orElseGet(() -> new Answer(me.getId(), criterionKey));
        answer.set(value, criterion.scale() instanceof Scale.Stages ? ticked : Set.of(),
                limited(input.evidence(), 4000), link(input.link()), clock.instant());
        return view(answers.save(answer));
    }

    void submit(AssessmentRound round, Respondent me) {
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new UserFacingException("round.error.closed");
        }
        if (me.isSubmitted()) {
            throw new UserFacingException("round.error.submitted");
        }
        Framework framework = frameworks.byId(round.getFrameworkId());
        Set<String> answered = new HashSet<>();
        answers.findByRespondentId(me.getId()).stream().filter(a -> a.getValue() != null)
                .forEach(a -> answered.add(a.getCriterionKey()));
        long missing = framework.criteria().stream().filter(c -> !answered.contains(c.key())).count();
        if (missing > 0) {
            throw new UserFacingException("round.error.unanswered", missing);
        }
        me.submit(clock.instant());
        respondents.flush();
        if (respondents.findByRoundId(round.getId()).stream().allMatch(Respondent::isSubmitted)) {
            events.publishEvent(new EveryoneSubmitted(round.getId()));
        }
    }

    /** How many criteria each respondent has answered (respondent id → count, 0 included), in one query. */
    Map<Long, Integer> answered(java.util.Collection<Respondent> respondents) {
        Map<Long, Integer> counts = new HashMap<>();
        respondents.forEach(r -> counts.put(r.getId(), 0));
        answers.findByRespondentIdIn(counts.keySet()).stream().filter(a -> a.getValue() != null)
                .forEach(a -> counts.merge(a.getRespondentId(), 1, Integer::sum));
        return counts;
    }

    private static @Nullable Double value(Scale scale, @Nullable Double given, Set<String> ticked) {
        return switch (scale) {
            case Scale.Stages stages -> {
                if (!ticked.stream().allMatch(stages::hasCondition)) {
                    throw new UserFacingException("round.error.condition");
                }
                yield (double) stages.impliedStage(ticked);
            }
            case Scale.Likert likert -> {
                if (given != null && (given < likert.minValue() || given > likert.maxValue() || given % 1 != 0)) {
                    throw new UserFacingException("round.error.value", likert.minValue(), likert.maxValue());
                }
                yield given;
            }
            case Scale.PercentBands bands -> {
                if (given != null && (given < 0 || given > 100)) {
                    throw new UserFacingException("round.error.value", 0, 100);
                }
                yield given;
            }
        };
    }

    private static @Nullable String limited(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > max) {
            throw new UserFacingException("validation.too-long", max);
        }
        return Text.withoutControlCharacters(text.strip());
    }

    private static @Nullable String link(@Nullable String link) {
        String text = limited(link, 500);
        if (text == null) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return text;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new UserFacingException("partnership.error.website");
    }

    static AnswerView view(Answer answer) {
        return new AnswerView(answer.getCriterionKey(), answer.getValue(), answer.getTicked(), answer.getEvidence(),
                answer.getEvidenceLink());
    }
}
