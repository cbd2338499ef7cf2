package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imcregistry.competition.Aggregation.EntryScores;
import org.imcregistry.competition.Aggregation.JurorScores;
import org.imcregistry.competition.Aggregation.Ranked;
import org.junit.jupiter.api.Test;

/** Every aggregation method and tie-break against figures worked out by hand in the comments. */
class AggregationTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final Map<Long, Double> WEIGHTS = Map.of(A, 60.0, B, 40.0);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final List<TieBreak> TIE_BREAKS = List.of(TieBreak.HIGHER_MEDIAN, TieBreak.MORE_TOP_SCORES,
            TieBreak.EARLIER_SUBMISSION);

    @Test
    void weightedMeanAveragesTheJurorsWeightedScores() {
        // J1: 0.6*8 + 0.4*6 = 7.2; J2: 0.6*6 + 0.4*9 = 7.2; J3: 0.6*10 + 0.4*5 = 8.0; mean 22.4 / 3 = 7.4667
        EntryScores entry = entry(1, 1, 0, juror(1, 8, 6), juror(2, 6, 9), juror(3, 10, 5));
        Ranked ranked = rank(AggregationMethod.WEIGHTED_MEAN, List.of(entry)).getFirst();
        assertThat(ranked.finalScore()).isCloseTo(22.4 / 3, within(1e-9));
        assertThat(ranked.median()).isCloseTo(7.2, within(1e-9));
    }

    @Test
    void trimmedMeanDropsHighestAndLowestOnlyFromFiveScores() {
        // five jurors 9, 7, 6, 5, 1 -> without 9 and 1: (7 + 6 + 5) / 3 = 6.0 (the plain mean would be 5.6)
        EntryScores five = entry(1, 1, 0, same(1, 9), same(2, 7), same(3, 6), same(4, 5), same(5, 1));
        // four jurors 9, 7, 6, 1 -> too few to trim: 23 / 4 = 5.75
        EntryScores four = entry(2, 1, 1, same(1, 9), same(2, 7), same(3, 6), same(4, 1));
        List<Ranked> ranked = rank(AggregationMethod.TRIMMED_MEAN, List.of(five, four));
        assertThat(byEntry(ranked, 1).finalScore()).isCloseTo(6.0, within(1e-9));
        assertThat(byEntry(ranked, 2).finalScore()).isCloseTo(5.75, within(1e-9));
        assertThat(rank(AggregationMethod.WEIGHTED_MEAN, List.of(five)).getFirst().finalScore())
                .isCloseTo(5.6, within(1e-9));
    }

    @Test
    void zScoresLetAStrictAndALenientJurorWeighTheSame() {
        // lenient J1: 9, 8, 7 (mean 8, sd sqrt(2/3)); strict J2: 3, 5, 4 (mean 4, sd sqrt(2/3))
        // z(J1) = +1.2247, 0, -1.2247; z(J2) = -1.2247, +1.2247, 0; entry means: 0, 0.61237, -0.61237
        // all six scores: mean 6, sd sqrt(28/6) = 2.16025; rescaled: 6.0, 6 + 0.61237*2.16025 = 7.32288, 4.67712
        EntryScores e1 = entry(1, 1, 0, same(1, 9), same(2, 3));
        EntryScores e2 = entry(2, 1, 1, same(1, 8), same(2, 5));
        EntryScores e3 = entry(3, 1, 2, same(1, 7), same(2, 4));
        List<Ranked> ranked = rank(AggregationMethod.Z_SCORE, List.of(e1, e2, e3));
        assertThat(byEntry(ranked, 1).finalScore()).isCloseTo(6.0, within(1e-4));
        assertThat(byEntry(ranked, 2).finalScore()).isCloseTo(7.32288, within(1e-4));
        assertThat(byEntry(ranked, 3).finalScore()).isCloseTo(4.67712, within(1e-4));
        assertThat(ranked).extracting(Ranked::entryId).containsExactly(2L, 1L, 3L);
    }

    @Test
    void tiesBreakByTheEditionsRulesInOrderAndSayWhichDecided() {
        // both mean 6.0; medians 5 and 7 -> the second wins on the median
        EntryScores lowMedian = entry(1, 1, 0, same(1, 5), same(2, 5), same(3, 8));
        EntryScores highMedian = entry(2, 1, 1, same(1, 4), same(2, 7), same(3, 7));
        List<Ranked> ranked = rank(AggregationMethod.WEIGHTED_MEAN, List.of(lowMedian, highMedian));
        assertThat(ranked).extracting(Ranked::entryId).containsExactly(2L, 1L);
        assertThat(ranked.getFirst().tieBreakNote()).satisfies(n -> {
            assertThat(n.rule()).isEqualTo(TieBreak.HIGHER_MEDIAN);
            assertThat(n.betterMedian()).isEqualTo(7.0);
            assertThat(n.worseMedian()).isEqualTo(5.0);
        });

        // same mean 7 and median 7; entry 4 has two criterion scores of 10 (the top), entry 3 none
        EntryScores noTop = entry(3, 1, 0, juror(1, 7, 7), juror(2, 7, 7), juror(3, 7, 7));
        EntryScores twoTops = entry(4, 1, 1, juror(1, 10, 2.5), juror(2, 7, 7), juror(3, 10, 2.5));
        // J1 and J3: 0.6*10 + 0.4*2.5 = 7 -> same mean and median as entry 3, with two criterion scores of 10
        ranked = rank(AggregationMethod.WEIGHTED_MEAN, List.of(noTop, twoTops));
        assertThat(ranked).extracting(Ranked::entryId).containsExactly(4L, 3L);
        assertThat(ranked.getFirst().tieBreakNote()).satisfies(n -> {
            assertThat(n.rule()).isEqualTo(TieBreak.MORE_TOP_SCORES);
            assertThat(n.betterTopScores()).isEqualTo(2);
            assertThat(n.worseTopScores()).isZero();
        });

        // everything equal: the earlier submission wins
        EntryScores later = entry(5, 1, 5, same(1, 6));
        EntryScores earlier = entry(6, 1, 2, same(1, 6));
        ranked = rank(AggregationMethod.WEIGHTED_MEAN, List.of(later, earlier));
        assertThat(ranked).extracting(Ranked::entryId).containsExactly(6L, 5L);
        assertThat(ranked.getFirst().tieBreakNote()).satisfies(n -> {
            assertThat(n.rule()).isEqualTo(TieBreak.EARLIER_SUBMISSION);
            assertThat(n.betterSubmitted()).isBefore(n.worseSubmitted());
        });
    }

    @Test
    void shortlistRulesWorkPerCategoryAndAnOverrideWins() {
        List<EntryScores> entries = new ArrayList<>(List.of(entry(1, 1, 0, same(1, 9)), entry(2, 1, 1, same(1, 8)),
                entry(3, 1, 2, same(1, 4)), entry(4, 2, 3, same(1, 6)), entry(5, 2, 4, same(1, 5))));
        assertThat(shortlisted(ShortlistRule.TOP_N, 1, entries)).containsExactlyInAnyOrder(1L, 4L);
        assertThat(shortlisted(ShortlistRule.THRESHOLD, 6, entries)).containsExactlyInAnyOrder(1L, 2L, 4L);
        // 50 % of 3 entries -> ceil(1.5) = 2; of 2 entries -> 1
        assertThat(shortlisted(ShortlistRule.TOP_PERCENT, 50, entries)).containsExactlyInAnyOrder(1L, 2L, 4L);

        entries.set(2, new EntryScores(3, 1, T0.plusSeconds(2), List.of(same(1, 4)), true));
        entries.set(0, new EntryScores(1, 1, T0, List.of(same(1, 9)), false));
        assertThat(shortlisted(ShortlistRule.TOP_N, 1, entries)).containsExactlyInAnyOrder(3L, 4L);
    }

    private static List<Long> shortlisted(ShortlistRule rule, double value, List<EntryScores> entries) {
        return Aggregation.rank(new Aggregation.Settings(AggregationMethod.WEIGHTED_MEAN, TIE_BREAKS, rule, value, 1,
                10, WEIGHTS), entries).stream().filter(Ranked::shortlisted).map(Ranked::entryId).toList();
    }

    private static List<Ranked> rank(AggregationMethod method, List<EntryScores> entries) {
        return Aggregation.rank(new Aggregation.Settings(method, TIE_BREAKS, ShortlistRule.TOP_N, 3, 1, 10, WEIGHTS),
                entries);
    }

    private static Ranked byEntry(List<Ranked> ranked, long id) {
        return ranked.stream().filter(r -> r.entryId() == id).findFirst().orElseThrow();
    }

    private static EntryScores entry(long id, long category, int secondsAfterStart, JurorScores... jurors) {
        return new EntryScores(id, category, T0.plusSeconds(secondsAfterStart), List.of(jurors), null);
    }

    private static JurorScores juror(long id, double a, double b) {
        return new JurorScores(id, Map.of(A, a, B, b));
    }

    private static JurorScores same(long id, double score) {
        return juror(id, score, score);
    }
}
