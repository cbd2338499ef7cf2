package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.util.Objects;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.MunicipalitySummary;
import org.imcregistry.municipality.PartnershipRegister;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's side of a round's respondents: adding people by name and address, seeing where each one is,
 * reminding those who have not submitted, and withdrawing or renewing a person's link. Every method checks that
 * the signed-in person coordinates the round's partnership.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RoundRespondents {

    private final RoundAccess access;
    private final RespondentRepository respondents;
    private final RespondentLinkRepository links;
    private final RespondentChecks checks;
    private final RespondentMail mail;
    private final RespondentNames names;
    private final AnswerTaking answering;
    private final FrameworkCatalog frameworks;
    private final PartnershipRegister register;
    private final Clock clock;
    private final Reminding reminding;

    RoundRespondents(RoundAccess access, RespondentRepository respondents, RespondentLinkRepository links,
            RespondentChecks checks, RespondentMail mail, RespondentNames names, AnswerTaking answering,
            FrameworkCatalog frameworks, PartnershipRegister register, Clock clock, Reminding reminding) {
        this.reminding = reminding;
        this.access = access;
        this.respondents = respondents;
        this.links = links;
        this.checks = checks;
        this.mail = mail;
        this.names = names;
        this.answering = answering;
        this.frameworks = frameworks;
        this.register = register;
        this.clock = clock;
    }

    /** The member municipalities a respondent may speak for. */
    @Transactional(readOnly = true)
    public List<MunicipalitySummary> municipalities(long roundId) {
        AssessmentRound round = access.coordinated(roundId);
        return register.details(round.getPartnershipId()).members().stream().map(m -> m.municipality()).toList();
    }

    /** Adds one person and mails them their link. */
    @Transactional
    public long add(long roundId, NewRespondent person) {
        AssessmentRound round = openRound(roundId);
        NewRespondent valid = checks.valid(round, person, List.of(), checks.members(round));
        return invite(mail.context(round), valid);
    }

    /** Adds the ready rows of an import the coordinator has confirmed; each is checked again. */
    @Transactional
    public int addAll(long roundId, List<NewRespondent> people) {
        AssessmentRound round = openRound(roundId);
        if (people.size() > RespondentChecks.MAX_PER_IMPORT) {
            throw new UserFacingException("respondents.error.too-many", RespondentChecks.MAX_PER_IMPORT);
        }
        List<NewRespondent> accepted = new ArrayList<>();
        var members = checks.members(round);
        for (NewRespondent person : people) {
            accepted.add(checks.valid(round, person, accepted, members));
        }
        RespondentMail.RoundContext context = mail.context(round);
        accepted.forEach(p -> invite(context, p));
        return accepted.size();
    }

    /** Checks a pasted list or an uploaded file and reports row by row; writes nothing. */
    @Transactional(readOnly = true)
    public RespondentImportReport preview(long roundId, @Nullable String fileName, byte @Nullable [] file,
            @Nullable String pasted,
            @Nullable Long defaultMunicipalityId, RespondentGroup defaultGroup, java.util.Locale defaultLanguage) {
        AssessmentRound round = openRound(roundId);
        return checks.report(round, fileName, file, pasted, municipalities(roundId),
                new RespondentList.Defaults(defaultMunicipalityId, defaultGroup, defaultLanguage));
    }

    /** Every respondent, with where they are; the order is by name. */
    @Transactional(readOnly = true)
    public List<RespondentStatus> statuses(long roundId) {
        AssessmentRound round = access.coordinated(roundId);
        int criteria = frameworks.byId(round.getFrameworkId()).criteria().size();
        List<Respondent> all = respondents.findByRoundId(roundId);
        Map<Long, String> people = names.of(all);
        Map<Long, String> municipalityNames = new HashMap<>();
        municipalities(roundId).forEach(m -> municipalityNames.put(m.id(), m.name()));
        Map<Long, Integer> answeredBy = answering.answered(all);
        return all.stream().map(r -> {
            int answered = Objects.requireNonNull(answeredBy.get(r.getId()), "answered() counts every respondent given");
            return new RespondentStatus(r.getId(), people.get(r.getId()), r.getEmail(), r.hasAccount(),
                    municipalityNames.get(r.getMunicipalityId()), r.getGroup(), RespondentStatus.stageOf(r, answered),
                    answered, criteria, r.getInvitedAt(), r.getOpenedAt(), r.getSubmittedAt(), r.getLastReminderAt(),
                    r.isRemindersOff());
        }).sorted(Comparator.comparing(RespondentStatus::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Reminds everyone who has not submitted and has not had a reminder today; returns how many were reminded. */
    @Transactional
    public int remindAll(long roundId) {
        return reminding.remindDue(openRound(roundId));
    }

    /** Withdraws a person's links: none of the mails sent so far opens the answers any more. */
    @Transactional
    public void withdrawLinks(long roundId, long respondentId) {
        Respondent respondent = ofRound(openRound(roundId), respondentId);
        links.deleteByRespondent(respondent.getId());
        respondent.linksWithdrawn(clock.instant());
    }

    /** Mails a person a new link (also after a withdrawal); older links keep working unless withdrawn. */
    @Transactional
    public void sendLinkAgain(long roundId, long respondentId) {
        AssessmentRound round = openRound(roundId);
        if (!mail.invite(mail.context(round), ofRound(round, respondentId))) {
            throw new UserFacingException("respondents.error.no-address");
        }
    }

    @Transactional(readOnly = true)
    public List<Integer> reminderDays(long roundId) {
        return access.coordinated(roundId).getReminderDays();
    }

    /** The days before the deadline on which reminders go out automatically, e.g. 7 and 2; empty for none. */
    @Transactional
    public void setReminderDays(long roundId, List<Integer> days) {
        AssessmentRound round = access.coordinated(roundId);
        if (days.size() > 10 || days.stream().anyMatch(d -> d == null || d < 1 || d > 90)) {
            throw new UserFacingException("respondents.error.reminder-days");
        }
        round.setReminderDays(days);
    }

    private long invite(RespondentMail.RoundContext round, NewRespondent p) {
        Respondent respondent = respondents.save(Respondent.byAddress(round.round().getId(), p.name(), p.email(),
                p.language().toLanguageTag(), p.municipalityId(), p.group()));
        mail.invite(round, respondent);
        return respondent.getId();
    }

    private AssessmentRound openRound(long roundId) {
        AssessmentRound round = access.coordinated(roundId);
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new UserFacingException("round.error.closed");
        }
        return round;
    }

    private Respondent ofRound(AssessmentRound round, long respondentId) {
        return respondents.findById(respondentId).filter(r -> r.getRoundId().equals(round.getId()))
                .orElseThrow(() -> new UserFacingException("respondents.error.not-found"));
    }
}
