package org.imcregistry.assessment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
        // One pass over the answers in the database; the three views are added up from its few rows.
        AnswerStatistics statistics = new AnswerStatistics(answers.statisticsByCriterionMunicipalityAndGroup(roundId));
        boolean individualsVisible = round.getVisibility() == AnswerVisibility.ALL_MEMBERS || access.coordinates(round);
        List<RoundResultsView.CriterionResult> criteria = new ArrayList<>();
        for (Criterion criterion : framework.criteria()) {
            AnswerStatistics.Figures s = statistics.criterion(criterion.key());
            Double value = agreed.get(criterion.key());
            long count = s == null ? 0 : s.count();
            // With one or two answers, min, max and mean give away the other person's answer.
            boolean spreadShown = s != null && (individualsVisible || count >= MIN_ANSWERS_FOR_SPREAD);
            Double lowest = spreadShown && s != null ? s.lowest() : null;
            Double highest = spreadShown && s != null ? s.highest() : null;
            criteria.add(new RoundResultsView.CriterionResult(criterion, value,
                    value == null ? null : criterion.scale().normalise(value), count,
                    spreadShown && s != null ? s.mean() : null, lowest, highest,
                    lowest != null && highest != null && criterion.scale().disagree(lowest, highest)));
        }
        return new RoundResultsView(rounds.summary(round), framework, framework.index(agreed).orElse(null), criteria,
                individualsVisible ? byMunicipality(statistics) : Map.of(),
                individualsVisible ? byGroup(statistics) : Map.of(), trend(round, framework, agreed), individualsVisible);
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

    private Map<String, Map<String, Double>> byMunicipality(AnswerStatistics statistics) {
        Map<String, Map<String, Double>> result = new TreeMap<>();
        // the names of all the round's municipalities in one question, not one per municipality
        Set<Long> ids = new HashSet<>();
        statistics.byMunicipality().values().forEach(perMunicipality -> perMunicipality.keySet().forEach(id -> {
            if (id != null) {
                ids.add(id);
            }
        }));
        Map<Long, String> names = new HashMap<>();
        municipalities.byIds(ids).forEach((id, m) -> names.put(id, m.name()));
        statistics.byMunicipality().forEach((criterion, perMunicipality) -> perMunicipality.forEach((id, figures) -> {
            String name = id == null ? "—" : names.getOrDefault(id, "—");
            result.computeIfAbsent(name, k -> new HashMap<>()).put(criterion, figures.mean());
        }));
        return result;
    }

    private Map<RespondentGroup, Map<String, Double>> byGroup(AnswerStatistics statistics) {
        Map<RespondentGroup, Map<String, Double>> result = new TreeMap<>();
        statistics.byGroup().forEach((criterion, perGroup) -> perGroup.forEach((group, figures) ->
                result.computeIfAbsent(group, k -> new HashMap<>()).put(criterion, figures.mean())));
        return result;
    }

    /**
     * The partnership's rounds on this framework, closed or this one: this round's consensus is the one already read,
     * the others' come in one question.
     */
    private List<RoundResultsView.TrendPoint> trend(AssessmentRound round, Framework framework,
            Map<String, Double> agreedHere) {
        // A partnership's rounds share one or two framework versions: each is asked for once, not once per round.
        Map<Long, Framework> frameworkOf = new HashMap<>();
        java.util.function.Function<AssessmentRound, Framework> frameworkOfRound = other ->
                frameworkOf.computeIfAbsent(other.getFrameworkId(), frameworks::byId);
        List<AssessmentRound> comparable = roundRepository.ofPartnershipNewestFirst(round.getPartnershipId()).stream()
                .filter(other -> frameworkOfRound.apply(other).key().equals(framework.key()))
                .filter(other -> other.getStatus() == RoundStatus.CLOSED || other.getId().equals(round.getId()))
                .toList();
        List<Long> others = comparable.stream().map(AssessmentRound::getId).filter(id -> !id.equals(round.getId()))
                .toList();
        Map<Long, Map<String, Double>> agreedByRound = new HashMap<>();
        agreedByRound.put(round.getId(), agreedHere);
        if (!others.isEmpty()) {
            Set<Long> wanted = Set.copyOf(others);
            consensus.ofPartnership(round.getPartnershipId()).stream().filter(c -> wanted.contains(c.getRoundId()))
                    .forEach(c -> agreedByRound.computeIfAbsent(c.getRoundId(), k -> new HashMap<>())
                            .put(c.getCriterionKey(), c.getValue()));
        }
        List<RoundResultsView.TrendPoint> points = new ArrayList<>();
        for (AssessmentRound other : comparable) {
            Framework otherFramework = frameworkOfRound.apply(other);
            Map<String, Double> agreed = agreedByRound.getOrDefault(other.getId(), Map.of());
            Map<String, Double> scores = new HashMap<>();
            agreed.forEach((key, value) -> otherFramework.criterion(key)
                    .ifPresent(c -> scores.put(key, c.scale().normalise(value))));
            points.add(new RoundResultsView.TrendPoint(other.getId(), other.getTitle(), other.getClosedAt(),
                    otherFramework.index(agreed).orElse(null), scores));
        }
        return points.reversed();
    }
}
