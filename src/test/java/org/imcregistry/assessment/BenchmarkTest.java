package org.imcregistry.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The benchmark appears only with at least five other partnerships, counts each peer's latest closed
 * round once, and places the partnership by percentile.
 */
@IntegrationTest
@Import(RoundFixture.class)
class BenchmarkTest {

    @Autowired
    RoundFixture fixture;
    @Autowired
    RoundConsensus consensus;
    @Autowired
    RoundResults results;
    @Autowired
    AssessmentRoundRepository rounds;
    @Autowired
    ConsensusRepository consensusRepository;

    private long time = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

    @Test
    void withheldBelowFivePeersThenAPercentile() {
        var own = fixture.open("imc-partnership-climate", AnswerVisibility.ALL_MEMBERS);
        consensus.decide(own.id(), "fair-burdens", 4, "Agreed.");
        long framework = fixture.frameworkId("imc-partnership-climate");

        closedRound("BIR AS", framework, 1);            // superseded by BIR's later round
        closedRound("BIR AS", framework, 5);
        closedRound("Sogn brann og redning IKS", framework, 2);
        closedRound("Stowarzyszenie Metropolia Krakowska", framework, 3);
        closedRound("Związek Gmin Dorzecza Wisłoki", framework, 4);
        Benchmark four = results.benchmark(own.id());
        assertThat(four.peers()).isEqualTo(4);
        assertThat(four.shown()).isFalse();
        assertThat(four.percentileByCriterion()).as("no figures leak below the threshold").isEmpty();

        closedRound("ZIT Bydgosko-Toruńskiego Obszaru Funkcjonalnego", framework, 4);
        Benchmark five = results.benchmark(own.id());
        assertThat(five.peers()).isEqualTo(5);
        assertThat(five.shown()).isTrue();
        // peers agreed 5, 2, 3, 4, 4; ours is 4: two below, two equal (half each) of five = 60 %
        assertThat(five.percentileByCriterion()).containsEntry("fair-burdens", 60.0);
    }

    private void closedRound(String partnership, long framework, double fairBurdens) {
        AssessmentRound round = rounds.save(new AssessmentRound(fixture.partnership(partnership), framework, "Peer",
                null, AnswerVisibility.COORDINATOR_ONLY, Instant.ofEpochSecond(time)));
        round.close(Instant.ofEpochSecond(time += 86_400));
        rounds.save(round);
        Consensus agreed = new Consensus(round.getId(), "fair-burdens");
        agreed.decide(fairBurdens, "peer", null, Instant.ofEpochSecond(time));
        consensusRepository.save(agreed);
    }
}
