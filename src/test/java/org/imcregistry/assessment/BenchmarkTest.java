package org.imcregistry.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The benchmark appears only for a closed round with at least five other partnerships, counts each peer's
 * latest closed round once, places the partnership in a band of percentiles, and cannot be differenced: a
 * coordinator who moves their consensus, rereads, or closes round after round learns no single peer's score.
 */
@IntegrationTest
@Import(RoundFixture.class)
class BenchmarkTest {

    /** Each test gets a framework of its own (a copy of the climate framework), so peers' rounds never mix. */
    private String framework;

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
    @Autowired
    FrameworkCatalog frameworks;
    @Autowired
    MutableClock clock;

    private long time = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

    @org.junit.jupiter.api.BeforeEach
    void frameworkOfItsOwn() throws java.io.IOException {
        framework = "benchmark-test-" + System.nanoTime();
        String json = new String(new org.springframework.core.io.ClassPathResource(
                "frameworks/imc-partnership-climate-v1.json").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"imc-partnership-climate\"", "\"" + framework + "\"");
        fixture.as("admin");
        frameworks.upload(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void withheldWhileTheRoundIsOpenAndBelowFivePeers() {
        long frameworkId = fixture.frameworkId(framework);
        closedRound("BIR AS", frameworkId, 1, Instant.ofEpochSecond(time += 86_400));
        closedRound("BIR AS", frameworkId, 5, Instant.ofEpochSecond(time += 86_400));  // BIR counts once
        closedRound("Sogn brann og redning IKS", frameworkId, 2, Instant.ofEpochSecond(time += 86_400));
        closedRound("Stowarzyszenie Metropolia Krakowska", frameworkId, 3, Instant.ofEpochSecond(time += 86_400));
        closedRound("Związek Gmin Dorzecza Wisłoki", frameworkId, 4, Instant.ofEpochSecond(time += 86_400));

        var own = fixture.open(framework, AnswerVisibility.ALL_MEMBERS);
        agreeEverything(own.id(), 4);
        assertThat(results.benchmark(own.id()).status()).as("an open round has no benchmark")
                .isEqualTo(Benchmark.Status.ROUND_OPEN);
        consensus.close(own.id());
        Benchmark withheld = results.benchmark(own.id());
        assertThat(withheld.status()).isEqualTo(Benchmark.Status.TOO_FEW_PEERS);
        assertThat(withheld.peers()).isEqualTo(4);
        assertThat(withheld.bandByCriterion()).as("no figures leak below the threshold").isEmpty();
    }

    @Test
    void aClosedRoundWithFivePeersIsPlacedInABandOfPercentiles() {
        long frameworkId = fixture.frameworkId(framework);
        closedRound("BIR AS", frameworkId, 1, Instant.ofEpochSecond(time += 86_400));  // superseded by BIR's later round
        closedRound("BIR AS", frameworkId, 5, Instant.ofEpochSecond(time += 86_400));
        closedRound("Sogn brann og redning IKS", frameworkId, 2, Instant.ofEpochSecond(time += 86_400));
        closedRound("Stowarzyszenie Metropolia Krakowska", frameworkId, 3, Instant.ofEpochSecond(time += 86_400));
        closedRound("Związek Gmin Dorzecza Wisłoki", frameworkId, 4, Instant.ofEpochSecond(time += 86_400));
        closedRound("ZIT Bydgosko-Toruńskiego Obszaru Funkcjonalnego", frameworkId, 4, Instant.ofEpochSecond(time += 86_400));

        Benchmark shown = results.benchmark(closedOwnRound(4));
        assertThat(shown.shown()).isTrue();
        assertThat(shown.peers()).isEqualTo(5);
        // peers agreed 5, 2, 3, 4, 4; ours is 4: two below, two equal (half each) of five = 60 %, in the band 60–80
        assertThat(shown.bandByCriterion()).containsEntry("fair-burdens", new Benchmark.Band(60, 80));
    }

    @Test
    void movingTheConsensusRereadingAndReclosingRevealNoSinglePeersScore() {
        long frameworkId = fixture.frameworkId(framework);
        String[] peers = {"BIR AS", "Sogn brann og redning IKS", "Stowarzyszenie Metropolia Krakowska",
                "Związek Gmin Dorzecza Wisłoki", "ZIT Bydgosko-Toruńskiego Obszaru Funkcjonalnego"};
        for (int i = 0; i < peers.length; i++) {
            closedRound(peers[i], frameworkId, 1 + i % 5, clock.instant().minus(Duration.ofDays(10 - i)));
        }
        clock.advance(Duration.ofDays(1));

        // The attacker moves their open round's consensus through the scale: nothing to read while it is open.
        var probe = fixture.open(framework, AnswerVisibility.ALL_MEMBERS);
        for (int value = 1; value <= 5; value++) {
            agreeEverything(probe.id(), value);
            assertThat(results.benchmark(probe.id()).bandByCriterion()).isEmpty();
        }
        agreeEverything(probe.id(), 3);
        consensus.close(probe.id());
        Benchmark before = results.benchmark(probe.id());
        assertThat(before.shown()).isTrue();

        // One peer closes a new round with an extreme score; the attacker rereads, then closes a new round alike.
        clock.advance(Duration.ofHours(1));
        closedRound("BIR AS", frameworkId, 5, clock.instant());
        clock.advance(Duration.ofHours(1));
        assertThat(results.benchmark(probe.id())).as("a closed round's benchmark is frozen").isEqualTo(before);
        assertThat(results.benchmark(closedOwnRound(3))).as("one peer's new round does not move the snapshot")
                .isEqualTo(before);
        for (int i = 0; i < Benchmark.NEW_PEERS_TO_MOVE; i++) {
            clock.advance(Duration.ofHours(1));
            assertThat(results.benchmark(closedOwnRound(3))).as("closing one's own rounds again and again moves nothing")
                    .isEqualTo(before);
        }

        // Only after several new rounds does the snapshot move, so the change mixes several peers' rounds.
        for (int i = 1; i < Benchmark.NEW_PEERS_TO_MOVE; i++) {
            clock.advance(Duration.ofHours(1));
            closedRound(peers[i], frameworkId, 5, clock.instant());
        }
        clock.advance(Duration.ofHours(1));
        assertThat(results.benchmark(closedOwnRound(3)).bandByCriterion()).isNotEqualTo(before.bandByCriterion());
        assertThat(results.benchmark(probe.id())).as("and earlier rounds keep theirs").isEqualTo(before);
    }

    /** A round of the demo coordinator's partnership, every criterion agreed at {@code value}, then closed. */
    private long closedOwnRound(double value) {
        long id = fixture.open(framework, AnswerVisibility.ALL_MEMBERS).id();
        agreeEverything(id, value);
        consensus.close(id);
        return id;
    }

    private void agreeEverything(long roundId, double value) {
        for (var criterion : frameworks.byId(fixture.frameworkId(framework)).criteria()) {
            consensus.decide(roundId, criterion.key(), value, "Agreed.");
        }
    }

    private void closedRound(String partnership, long framework, double fairBurdens, Instant closedAt) {
        AssessmentRound round = rounds.save(new AssessmentRound(fixture.partnership(partnership), framework, "Peer",
                null, AnswerVisibility.COORDINATOR_ONLY, closedAt.minus(Duration.ofDays(30))));
        round.close(closedAt);
        rounds.save(round);
        for (var criterion : frameworks.byId(framework).criteria()) {
            Consensus agreed = new Consensus(round.getId(), criterion.key());
            agreed.decide(criterion.key().equals("fair-burdens") ? fairBurdens : 3, "peer", null, closedAt);
            consensusRepository.save(agreed);
        }
    }
}
