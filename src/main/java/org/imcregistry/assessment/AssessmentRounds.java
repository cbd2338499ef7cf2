package org.imcregistry.assessment;

import java.util.Objects;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.assessment.RoundViews.AnswerSheet;
import org.imcregistry.assessment.RoundViews.AnswerView;
import org.imcregistry.assessment.RoundViews.NewRound;
import org.imcregistry.assessment.RoundViews.Pending;
import org.imcregistry.assessment.RoundViews.RespondentInvite;
import org.imcregistry.assessment.RoundViews.RoundSummary;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.PartnershipAccess;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipDirectory;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds of self-assessment: coordinators open them; respondents answer criterion by criterion, each
 * answer saved as it is given, and submit, which locks their answers. Access is checked here, so no
 * view can show or change another partnership's round.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AssessmentRounds {

    private final AssessmentRoundRepository rounds;
    private final RespondentRepository respondents;
    private final FrameworkCatalog frameworks;
    private final RoundAccess access;
    private final PartnershipAccess partnershipAccess;
    private final PartnershipRegister register;
    private final PartnershipDirectory partnerships;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AnswerTaking answering;
    private final RespondentMail mail;
    private final RespondentNames respondentNames;

    AssessmentRounds(AssessmentRoundRepository rounds, RespondentRepository respondents,
            FrameworkCatalog frameworks, RoundAccess access, PartnershipAccess partnershipAccess,
            PartnershipRegister register, PartnershipDirectory partnerships, CurrentUser currentUser, Clock clock,
            AnswerTaking answering, RespondentMail mail, RespondentNames respondentNames) {
        this.partnerships = partnerships;
        this.respondentNames = respondentNames;
        this.answering = answering;
        this.mail = mail;
        this.rounds = rounds;
        this.respondents = respondents;
        this.frameworks = frameworks;
        this.access = access;
        this.partnershipAccess = partnershipAccess;
        this.register = register;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Opens a round for a partnership the signed-in person coordinates. Respondents must be people of
     * the partnership, each speaking for one of its member municipalities.
     */
    @Transactional
    public long open(NewRound request) {
        partnershipAccess.requireCanEdit(request.partnershipId());
        PartnershipDetails partnership = register.details(request.partnershipId());
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new UserFacingException("round.error.title");
        }
        frameworks.byId(request.frameworkId());
        if (request.deadline() != null && request.deadline().isBefore(java.time.LocalDate.now(clock))) {
            throw new UserFacingException("round.error.deadline-past");
        }
        // No account holders at all is fine: people without accounts are added by address once the round is open.
        List<RespondentInvite> invited = request.respondents() == null ? List.of() : request.respondents();
        Set<Long> people = new HashSet<>(partnership.people().stream().map(PartnershipDetails.Person::accountId).toList());
        Set<Long> municipalities = new HashSet<>(partnership.members().stream().map(m -> m.municipality().id()).toList());
        Set<Long> seen = new HashSet<>();
        for (var invite : invited) {
            if (!people.contains(invite.accountId()) || !seen.add(invite.accountId())) {
                throw new UserFacingException("round.error.respondent");
            }
            if (!municipalities.contains(invite.municipalityId())) {
                throw new UserFacingException("round.error.respondent-municipality");
            }
        }
        AssessmentRound round = rounds.save(new AssessmentRound(request.partnershipId(), request.frameworkId(), title,
                request.deadline(), request.visibility() == null ? AnswerVisibility.COORDINATOR_ONLY
                        : request.visibility(), clock.instant()));
        // Account holders answer when signed in, and also get a personal link if they have an address.
        RespondentMail.RoundContext context = mail.context(round);
        invited.forEach(i -> mail.invite(context, respondents.save(new Respondent(round.getId(), i.accountId(),
                i.municipalityId(), i.group() == null ? RespondentGroup.OTHER : i.group()))));
        return round.getId();
    }

    /** The partnerships the signed-in person may open rounds for: those they coordinate (all, for admins). */
    @Transactional(readOnly = true)
    public List<PartnershipDetails> partnershipsToAssess() {
        List<Long> ids = currentUser.hasRole(org.imcregistry.security.Role.ADMIN)
                ? register.find(org.imcregistry.municipality.RegisterFilter.NONE, 0, 500).stream()
                        .map(org.imcregistry.municipality.PartnershipRow::id).toList()
                : partnershipAccess.partnershipsOfCurrentUser().stream().filter(partnershipAccess::canEdit).toList();
        return ids.stream().map(register::details).toList();
    }

    /**
     * Rounds of the partnerships the signed-in person belongs to, and rounds they are asked to answer;
     * for admins, the latest 200 rounds of all partnerships.
     */
    @Transactional(readOnly = true)
    public List<RoundSummary> mine() {
        Set<Long> ids = new LinkedHashSet<>();
        List<AssessmentRound> found = new ArrayList<>(currentUser.hasRole(org.imcregistry.security.Role.ADMIN)
                ? rounds.findAll(org.springframework.data.domain.PageRequest.of(0, 200,
                        org.springframework.data.domain.Sort.by("createdAt").descending())).getContent()
                : rounds.findByPartnershipIdInOrderByCreatedAtDesc(partnershipAccess.partnershipsOfCurrentUser()));
        found.forEach(r -> ids.add(r.getId()));
        currentUser.accountId().ifPresent(me -> {
            List<Long> asked = respondents.findByUserId(me).stream().map(Respondent::getRoundId)
                    .filter(id -> !ids.contains(id)).toList();
            found.addAll(rounds.findByIdInOrderByCreatedAtDesc(asked));
        });
        // the partnerships' names in one question; their members and people are not needed here
        Map<Long, String> names = partnerships.names(found.stream().map(AssessmentRound::getPartnershipId).toList());
        return found.stream().map(r -> summary(r, names.getOrDefault(r.getPartnershipId(), ""))).toList();
    }

    @Transactional(readOnly = true)
    public RoundSummary summary(long roundId) {
        return summary(access.visible(roundId));
    }

    /** The summary of a round the caller has already checked the reader may see. */
    RoundSummary summary(AssessmentRound round) {
        return summary(round, partnerships.names(List.of(round.getPartnershipId())).getOrDefault(round.getPartnershipId(), ""));
    }

    /** The signed-in respondent's answers, as they left them. */
    @Transactional(readOnly = true)
    public AnswerSheet mySheet(long roundId) {
        AssessmentRound round = access.visible(roundId);
        return answering.sheet(round, access.requireRespondent(roundId));
    }

    /**
     * Saves one answer at once (autosave). For a stage scale the stage is worked out from the ticked
     * conditions; other scales take the value. Refused after submitting or once the round is closed.
     */
    @Transactional
    public AnswerView saveAnswer(long roundId, String criterionKey, AnswerInput input) {
        AssessmentRound round = access.visible(roundId);
        return answering.save(round, access.requireRespondent(roundId), criterionKey, input);
    }

    /** Locks the respondent's answers; every criterion must have an answer first. */
    @Transactional
    public void submit(long roundId) {
        AssessmentRound round = access.visible(roundId);
        answering.submit(round, access.requireRespondent(roundId));
    }

    /** Respondents who have not submitted yet, with how far they got; coordinators only. */
    @Transactional(readOnly = true)
    public List<Pending> pending(long roundId) {
        access.coordinated(roundId);
        List<Respondent> waiting = respondents.findByRoundId(roundId).stream().filter(r -> !r.isSubmitted()).toList();
        Map<Long, String> names = respondentNames.of(waiting);
        Map<Long, Integer> answered = answering.answered(waiting);
        return waiting.stream().map(r -> new Pending(r.getId(), names.get(r.getId()),
                Objects.requireNonNull(answered.get(r.getId()), "answered() counts every respondent given"))).toList();
    }

    private RoundSummary summary(AssessmentRound round, String partnershipName) {
        // counted in the database: a big round's respondents are not loaded to be counted
        Object[] counts = respondents.countAllAndSubmitted(round.getId()).getFirst();
        long all = ((Number) counts[0]).longValue();
        long submitted = ((Number) counts[1]).longValue();
        Respondent me = access.myRespondent(round.getId());
        return new RoundSummary(round.getId(), round.getPartnershipId(), partnershipName, round.getTitle(),
                round.getFrameworkId(), round.getStatus(), round.getDeadline(), (int) all, (int) submitted, me != null, me != null && me.isSubmitted(), access.coordinates(round));
    }
}
