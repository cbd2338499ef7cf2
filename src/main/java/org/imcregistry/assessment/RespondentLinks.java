package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.LocalDate;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.assessment.RoundViews.AnswerSheet;
import org.imcregistry.assessment.RoundViews.AnswerView;
import org.imcregistry.common.SecretTokens;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.security.SystemTasks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering through a personal link, with no sign-in: the link's token is the access rule. Whoever holds a link
 * reaches that one respondent's answers in that one round, and only while the round is open and the coordinator
 * has not withdrawn the link. An unknown, withdrawn or malformed link gets one and the same refusal.
 */
@Service
@PreAuthorize("permitAll()")
public class RespondentLinks {

    private final RespondentLinkRepository links;
    private final RespondentRepository respondents;
    private final AssessmentRoundRepository rounds;
    private final AnswerTaking answering;
    private final PartnershipRegister register;
    private final SystemTasks system;
    private final Clock clock;

    RespondentLinks(RespondentLinkRepository links, RespondentRepository respondents, AssessmentRoundRepository rounds,
            AnswerTaking answering, PartnershipRegister register, SystemTasks system, Clock clock) {
        this.links = links;
        this.respondents = respondents;
        this.rounds = rounds;
        this.answering = answering;
        this.register = register;
        this.system = system;
        this.clock = clock;
    }

    /** What the answer form shows: the sheet, who answers, for which partnership, by when. */
    public record LinkedSheet(AnswerSheet sheet, @Nullable String respondentName, String partnershipName, @Nullable LocalDate deadline,
            boolean remindersOff) {
    }

    /** Opens the respondent's answers; the first opening is recorded for the coordinator. */
    @Transactional
    public LinkedSheet open(String token) {
        Respondent respondent = respondent(token);
        AssessmentRound round = round(respondent);
        respondent.opened(clock.instant());
        String name = respondent.hasAccount() ? null : respondent.getDisplayName();
        String partnership = system.run(() -> register.details(round.getPartnershipId()).row().name());
        return new LinkedSheet(answering.sheet(round, respondent), name, partnership, round.getDeadline(),
                respondent.isRemindersOff());
    }

    @Transactional
    public AnswerView saveAnswer(String token, String criterionKey, AnswerInput input) {
        Respondent respondent = respondent(token);
        return answering.save(round(respondent), respondent, criterionKey, input);
    }

    @Transactional
    public void submit(String token) {
        Respondent respondent = respondent(token);
        answering.submit(round(respondent), respondent);
    }

    /** The respondent gets no more reminders for this round (the link of a mail's List-Unsubscribe). */
    @Transactional
    public void stopReminders(String token) {
        respondent(token).stopReminders();
    }

    private Respondent respondent(String token) {
        if (!SecretTokens.wellFormed(token)) {
            throw new UserFacingException("respond.error.link");
        }
        String hash = SecretTokens.hash(token);
        return links.findByTokenHash(hash)
                .filter(link -> SecretTokens.matches(token, link.getTokenHash()))
                .flatMap(link -> respondents.findById(link.getRespondentId()))
                .filter(r -> !r.linksWithdrawn())
                .orElseThrow(() -> new UserFacingException("respond.error.link"));
    }

    private AssessmentRound round(Respondent respondent) {
        AssessmentRound round = rounds.findById(respondent.getRoundId())
                .orElseThrow(() -> new UserFacingException("respond.error.link"));
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new UserFacingException("respond.error.closed", round.getTitle());
        }
        return round;
    }
}
