package org.imcregistry.assessment;

import java.net.URI;
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
import org.imcregistry.assessment.RoundViews.RoundSummary;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.assessment.framework.Framework;
import org.imcregistry.assessment.framework.Scale;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.PartnershipAccess;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.security.AccountDirectory;
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
    private final AnswerRepository answers;
    private final FrameworkCatalog frameworks;
    private final RoundAccess access;
    private final PartnershipAccess partnershipAccess;
    private final PartnershipRegister register;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssessmentRounds(AssessmentRoundRepository rounds, RespondentRepository respondents, AnswerRepository answers,
            FrameworkCatalog frameworks, RoundAccess access, PartnershipAccess partnershipAccess,
            PartnershipRegister register, AccountDirectory accounts, CurrentUser currentUser, Clock clock) {
        this.rounds = rounds;
        this.respondents = respondents;
        this.answers = answers;
        this.frameworks = frameworks;
        this.access = access;
        this.partnershipAccess = partnershipAccess;
        this.register = register;
        this.accounts = accounts;
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
        if (request.respondents() == null || request.respondents().isEmpty()) {
            throw new UserFacingException("round.error.no-respondents");
        }
        Set<Long> people = new HashSet<>(partnership.people().stream().map(PartnershipDetails.Person::accountId).toList());
        Set<Long> municipalities = new HashSet<>(partnership.members().stream().map(m -> m.municipality().id()).toList());
        Set<Long> seen = new HashSet<>();
        for (var invite : request.respondents()) {
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
        request.respondents().forEach(i -> respondents.save(new Respondent(round.getId(), i.accountId(),
                i.municipalityId(), i.group() == null ? RespondentGroup.OTHER : i.group())));
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
        Map<Long, String> names = new HashMap<>();
        return found.stream().map(r -> summary(r, names.computeIfAbsent(r.getPartnershipId(),
                id -> register.details(id).row().name()))).toList();
    }

    @Transactional(readOnly = true)
    public RoundSummary summary(long roundId) {
        AssessmentRound round = access.visible(roundId);
        return summary(round, register.details(round.getPartnershipId()).row().name());
    }

    /** The signed-in respondent's answers, as they left them. */
    @Transactional(readOnly = true)
    public AnswerSheet mySheet(long roundId) {
        AssessmentRound round = access.visible(roundId);
        Respondent me = access.requireRespondent(roundId);
        Map<String, AnswerView> mine = new HashMap<>();
        answers.findByRespondentId(me.getId()).forEach(a -> mine.put(a.getCriterionKey(), view(a)));
        return new AnswerSheet(roundId, round.getTitle(), frameworks.byId(round.getFrameworkId()), mine,
                me.isSubmitted(), round.getStatus() == RoundStatus.OPEN);
    }

    /**
     * Saves one answer at once (autosave). For a stage scale the stage is worked out from the ticked
     * conditions; other scales take the value. Refused after submitting or once the round is closed.
     */
    @Transactional
    public AnswerView saveAnswer(long roundId, String criterionKey, AnswerInput input) {
        AssessmentRound round = access.visible(roundId);
        Respondent me = access.requireRespondent(roundId);
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

    /** Locks the respondent's answers; every criterion must have an answer first. */
    @Transactional
    public void submit(long roundId) {
        AssessmentRound round = access.visible(roundId);
        Respondent me = access.requireRespondent(roundId);
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new UserFacingException("round.error.closed");
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
    }

    /** Respondents who have not submitted yet, with how far they got; coordinators only. */
    @Transactional(readOnly = true)
    public List<Pending> pending(long roundId) {
        access.coordinated(roundId);
        List<Respondent> waiting = respondents.findByRoundId(roundId).stream().filter(r -> !r.isSubmitted()).toList();
        var names = accounts.byIds(waiting.stream().map(Respondent::getUserId).toList());
        return waiting.stream().map(r -> new Pending(r.getUserId(), names.get(r.getUserId()).displayName(),
                names.get(r.getUserId()).username(), (int) answers.findByRespondentId(r.getId()).stream()
                        .filter(a -> a.getValue() != null).count())).toList();
    }

    private RoundSummary summary(AssessmentRound round, String partnershipName) {
        List<Respondent> all = respondents.findByRoundId(round.getId());
        Respondent me = access.myRespondent(round.getId());
        return new RoundSummary(round.getId(), round.getPartnershipId(), partnershipName, round.getTitle(),
                round.getFrameworkId(), round.getStatus(), round.getDeadline(), all.size(),
                (int) all.stream().filter(Respondent::isSubmitted).count(), me != null, me != null && me.isSubmitted(),
                access.coordinates(round));
    }

    private static Double value(Scale scale, Double given, Set<String> ticked) {
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

    private static String limited(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > max) {
            throw new UserFacingException("validation.too-long", max);
        }
        return Text.withoutControlCharacters(text.strip());
    }

    private static String link(String link) {
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
