package org.imcregistry.assessment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.assessment.framework.Framework;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of a round: the index, per-criterion consensus and spread, comparisons by municipality and
 * respondent group, the trend, and the anonymised benchmark. Figures are aggregated in the database;
 * answers are never loaded one by one. Members of the partnership (and admins) only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RoundResults {

    /** Where members may not see individual answers, the spread of fewer answers than this is withheld. */
    static final int MIN_ANSWERS_FOR_SPREAD = 3;

    private final RoundAccess access;
    private final AssessmentRounds rounds;
    private final AssessmentRoundRepository roundRepository;
    private final AnswerRepository answers;
    private final ConsensusRepository consensus;
    private final ResultsQueries queries;
    private final FrameworkCatalog frameworks;
    private final MunicipalityDirectory municipalities;
    private final RespondentRepository respondents;
    private final RespondentNames respondentNames;

    RoundResults(RoundAccess access, AssessmentRounds rounds, AssessmentRoundRepository roundRepository,
            AnswerRepository answers, ConsensusRepository consensus, ResultsQueries queries,
            FrameworkCatalog frameworks, MunicipalityDirectory municipalities, RespondentRepository respondents,
            RespondentNames respondentNames) {
        this.access = access;
        this.rounds = rounds;
        this.roundRepository = roundRepository;
        this.answers = answers;
        this.consensus = consensus;
        this.queries = queries;
        this.frameworks = frameworks;
        this.municipalities = municipalities;
        this.respondents = respondents;
        this.respondentNames = respondentNames;
    }

    @Transactional(readOnly = true)
    public RoundResultsView results(long roundId) {
        AssessmentRound round = access.visible(roundId);
        Framework framework = frameworks.byId(round.getFrameworkId());
        Map<String, Double> agreed = new HashMap<>();
        consensus.findByRoundId(roundId).forEach(c -> agreed.put(c.getCriterionKey(), c.getValue()));
        Map<String, Object[]> statistics = new HashMap<>();
        answers.statisticsByCriterion(roundId).forEach(row -> statistics.put((String) row[0], row));
        boolean individualsVisible = round.getVisibility() == AnswerVisibility.ALL_MEMBERS || access.coordinates(round);
        List<RoundResultsView.CriterionResult> criteria = new ArrayList<>();
        for (Criterion criterion : framework.criteria()) {
            Object[] s = statistics.get(criterion.key());
            Double value = agreed.get(criterion.key());
            long count = s == null ? 0 : ((Number) s[1]).longValue();
            // With one or two answers, min, max and mean give away the other person's answer.
            boolean spreadShown = s != null && (individualsVisible || count >= MIN_ANSWERS_FOR_SPREAD);
            Double lowest = spreadShown && s != null ? number(s[3]) : null;
            Double highest = spreadShown && s != null ? number(s[4]) : null;
            criteria.add(new RoundResultsView.CriterionResult(criterion, value,
                    value == null ? null : criterion.scale().normalise(value), count,
                    spreadShown && s != null ? number(s[2]) : null, lowest, highest,
                    lowest != null && highest != null && criterion.scale().disagree(lowest, highest)));
        }
        return new RoundResultsView(rounds.summary(roundId), framework, framework.index(agreed).orElse(null), criteria,
                individualsVisible ? byMunicipality(roundId) : Map.of(),
                individualsVisible ? byGroup(roundId) : Map.of(), trend(round, framework), individualsVisible);
    }

    /**
     * The band of percentiles per criterion of the partnership's consensus among peers (see {@link Benchmark}):
     * only for a closed round, computed at the moment frozen when it closed; withheld below
     * {@link Benchmark#MIN_PEERS} peers.
     */
    @Transactional(readOnly = true)
    public Benchmark benchmark(long roundId) {
        AssessmentRound round = access.visible(roundId);
        if (round.getStatus() != RoundStatus.CLOSED) {
            return Benchmark.withheld(0, Benchmark.Status.ROUND_OPEN);
        }
        Instant asOf = Objects.requireNonNull(round.benchmarkAsOf(), "a closed round has its closing time");
        int peers = queries.peerPartnerships(round.getFrameworkId(), round.getPartnershipId(), asOf);
        if (peers < Benchmark.MIN_PEERS) {
            return Benchmark.withheld(peers, Benchmark.Status.TOO_FEW_PEERS);
        }
        Map<String, Double> mine = new HashMap<>();
        consensus.findByRoundId(roundId).forEach(c -> mine.put(c.getCriterionKey(), c.getValue()));
        Map<String, TreeMap<Double, Long>> distribution = queries.peerDistribution(round.getFrameworkId(),
                round.getPartnershipId(), asOf);
        Map<String, Benchmark.Band> bands = new LinkedHashMap<>();
        for (Criterion criterion : frameworks.byId(round.getFrameworkId()).criteria()) {
            Double value = mine.get(criterion.key());
            TreeMap<Double, Long> counts = distribution.get(criterion.key());
            if (value == null || counts == null) {
                continue;
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            long below = counts.headMap(value, false).values().stream().mapToLong(Long::longValue).sum();
            long equal = counts.getOrDefault(value, 0L);
            bands.put(criterion.key(), Benchmark.Band.of(100.0 * (below + equal / 2.0) / total));
        }
        return Benchmark.shown(peers, bands);
    }

    /** One row per individual answer, for the export; empty when the round hides individual answers from the reader. */
    @Transactional(readOnly = true)
    public List<IndividualAnswer> individualAnswers(long roundId) {
        AssessmentRound round = access.visible(roundId);
        if (round.getVisibility() != AnswerVisibility.ALL_MEMBERS && !access.coordinates(round)) {
            return List.of();
        }
        List<Respondent> people = respondents.findByRoundId(roundId);
        var names = respondentNames.of(people);
        Map<Long, Respondent> byId = new HashMap<>();
        people.forEach(r -> byId.put(r.getId(), r));
        return answers.findByRespondentIdIn(byId.keySet()).stream().map(a -> {
            Respondent r = Objects.requireNonNull(byId.get(a.getRespondentId()), "answers looked up by these respondents' ids");
            return new IndividualAnswer(names.get(r.getId()), r.getMunicipalityId() == null ? null
                    : municipalities.byId(r.getMunicipalityId()).map(m -> m.name()).orElse(null), r.getGroup(),
                    a.getCriterionKey(), a.getValue(), a.getEvidence(), a.getEvidenceLink());
        }).toList();
    }

    /** An individual answer as exported. */
    public record IndividualAnswer(@Nullable String respondent, @Nullable String municipality, RespondentGroup group, String criterionKey,
            @Nullable Double value, @Nullable String evidence, @Nullable String link) {
    }

    private Map<String, Map<String, Double>> byMunicipality(long roundId) {
        Map<String, Map<String, Double>> result = new TreeMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : answers.meansByMunicipality(roundId)) {
            String name = row[1] == null ? "—" : names.computeIfAbsent((Long) row[1],
                    id -> municipalities.byId(id).map(m -> m.name()).orElse("—"));
            result.computeIfAbsent(name, k -> new HashMap<>()).put((String) row[0], number(row[2]));
        }
        return result;
    }

    private Map<RespondentGroup, Map<String, Double>> byGroup(long roundId) {
        Map<RespondentGroup, Map<String, Double>> result = new TreeMap<>();
        for (Object[] row : answers.meansByGroup(roundId)) {
            result.computeIfAbsent((RespondentGroup) row[1], k -> new HashMap<>()).put((String) row[0], number(row[2]));
        }
        return result;
    }

    private List<RoundResultsView.TrendPoint> trend(AssessmentRound round, Framework framework) {
        List<RoundResultsView.TrendPoint> points = new ArrayList<>();
        for (AssessmentRound other : roundRepository.findByPartnershipIdInOrderByCreatedAtDesc(
                List.of(round.getPartnershipId()))) {
            Framework otherFramework = frameworks.byId(other.getFrameworkId());
            boolean comparable = otherFramework.key().equals(framework.key());
            if (!comparable || (other.getStatus() != RoundStatus.CLOSED && !other.getId().equals(round.getId()))) {
                continue;
            }
            Map<String, Double> agreed = new HashMap<>();
            consensus.findByRoundId(other.getId()).forEach(c -> agreed.put(c.getCriterionKey(), c.getValue()));
            Map<String, Double> scores = new HashMap<>();
            agreed.forEach((key, value) -> otherFramework.criterion(key)
                    .ifPresent(c -> scores.put(key, c.scale().normalise(value))));
            points.add(new RoundResultsView.TrendPoint(other.getId(), other.getTitle(), other.getClosedAt(),
                    otherFramework.index(agreed).orElse(null), scores));
        }
        return points.reversed();
    }

    private static @Nullable Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
