package org.imcregistry.assessment;

import java.util.Objects;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.assessment.framework.Framework;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's part of a round: see the individual answers side by side, record a consensus
 * score with its rationale per criterion, and close the round when every criterion has one.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RoundConsensus {

    private final RoundAccess access;
    private final AssessmentRounds rounds;
    private final RespondentRepository respondents;
    private final AnswerRepository answers;
    private final ConsensusRepository consensus;
    private final FrameworkCatalog frameworks;
    private final RespondentNames respondentNames;
    private final MunicipalityDirectory municipalities;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BenchmarkSnapshots snapshots;

    RoundConsensus(RoundAccess access, AssessmentRounds rounds, RespondentRepository respondents,
            AnswerRepository answers, ConsensusRepository consensus, FrameworkCatalog frameworks,
            RespondentNames respondentNames, MunicipalityDirectory municipalities, CurrentUser currentUser, Clock clock,
            BenchmarkSnapshots snapshots) {
        this.snapshots = snapshots;
        this.access = access;
        this.rounds = rounds;
        this.respondents = respondents;
        this.answers = answers;
        this.consensus = consensus;
        this.frameworks = frameworks;
        this.respondentNames = respondentNames;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every criterion with the individual answers, their spread and the consensus so far; coordinators only. */
    @Transactional(readOnly = true)
    public ConsensusBoard board(long roundId) {
        AssessmentRound round = access.coordinated(roundId);
        Framework framework = frameworks.byId(round.getFrameworkId());
        List<Respondent> people = respondents.findByRoundId(roundId);
        var names = respondentNames.of(people);
        Map<Long, Respondent> byId = people.stream().collect(Collectors.toMap(Respondent::getId, r -> r));
        Map<String, List<Answer>> byCriterion = answers.findByRespondentIdIn(byId.keySet()).stream()
                .collect(Collectors.groupingBy(Answer::getCriterionKey));
        Map<String, Consensus> agreed = consensus.findByRoundId(roundId).stream()
                .collect(Collectors.toMap(Consensus::getCriterionKey, c -> c));
        List<ConsensusBoard.Row> rows = new ArrayList<>();
        for (Criterion criterion : framework.criteria()) {
            List<ConsensusBoard.Individual> individuals = byCriterion.getOrDefault(criterion.key(), List.of()).stream()
                    .map(a -> {
                        Respondent r = Objects.requireNonNull(byId.get(a.getRespondentId()), "answers looked up by these respondents' ids");
                        return new ConsensusBoard.Individual(names.get(r.getId()),
                                r.getMunicipalityId() == null ? null : municipalities.byId(r.getMunicipalityId())
                                        .map(m -> m.name()).orElse(null),
                                r.getGroup(), a.getValue(), a.getEvidence(), a.getEvidenceLink(), r.isSubmitted());
                    }).toList();
            var values = individuals.stream().map(ConsensusBoard.Individual::value).filter(v -> v != null).toList();
            Double lowest = values.stream().min(Double::compare).orElse(null);
            Double highest = values.stream().max(Double::compare).orElse(null);
            Consensus decided = agreed.get(criterion.key());
            rows.add(new ConsensusBoard.Row(criterion, individuals, lowest, highest,
                    lowest != null && highest != null && criterion.scale().disagree(lowest, highest),
                    decided == null ? null : decided.getValue(), decided == null ? null : decided.getRationale()));
        }
        return new ConsensusBoard(rounds.summary(roundId), rows);
    }

    /** Records (or changes) the agreed score of a criterion; a rationale is required. */
    @Transactional
    public void decide(long roundId, String criterionKey, double value, String rationale) {
        AssessmentRound round = access.coordinated(roundId);
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new UserFacingException("round.error.closed");
        }
        Criterion criterion = frameworks.byId(round.getFrameworkId()).criterion(criterionKey)
                .orElseThrow(() -> new UserFacingException("round.error.criterion"));
        if (value < criterion.scale().minValue() || value > criterion.scale().maxValue() || value % 1 != 0) {
            throw new UserFacingException("round.error.value", criterion.scale().minValue(),
                    criterion.scale().maxValue());
        }
        if (rationale == null || rationale.isBlank()) {
            throw new UserFacingException("round.error.rationale");
        }
        if (rationale.length() > 4000) {
            throw new UserFacingException("validation.too-long", 4000);
        }
        Consensus agreed = consensus.findByRoundIdAndCriterionKey(roundId, criterionKey)
                .orElseGet(() -> new Consensus(roundId, criterionKey));
        agreed.decide(value, Text.withoutControlCharacters(rationale).strip(), currentUser.accountId().orElse(null),
                clock.instant());
        consensus.save(agreed);
    }

    /** Closes the round; refused while any criterion lacks a consensus. */
    @Transactional
    public void close(long roundId) {
        AssessmentRound round = access.coordinated(roundId);
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new UserFacingException("round.error.closed");
        }
        long agreed = consensus.findByRoundId(roundId).size();
        int criteria = frameworks.byId(round.getFrameworkId()).criteria().size();
        if (agreed < criteria) {
            throw new UserFacingException("round.error.consensus-missing", criteria - agreed);
        }
        Instant now = clock.instant();
        round.close(now, snapshots.inForce(round.getFrameworkId(), round.getPartnershipId(), now));
    }
}
