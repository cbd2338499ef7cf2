package org.imcregistry.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** A round from opening to results, as the coordinator and two respondents go through it. */
@IntegrationTest
@Import(RoundFixture.class)
class AssessmentRoundsTest {

    @Autowired
    RoundFixture fixture;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    RoundConsensus consensus;
    @Autowired
    RoundResults results;

    @AfterEach
    void signOut() {
        fixture.securityContext.clearContext();
    }

    @Test
    void eachAnswerIsSavedAsItIsGivenAndTheStageFollowsTheTicks() {
        var round = fixture.open("imc-partnership-development", AnswerVisibility.COORDINATOR_ONLY);
        fixture.as(round.luster());
        rounds.saveAnswer(round.id(), "vision", new AnswerInput(null, Set.of("vision-1a", "vision-1b", "vision-2a",
                "vision-3a"), "Council minutes of 2024", "https://example.org/minutes"));

        var sheet = rounds.mySheet(round.id());
        assertThat(sheet.answers().get("vision").ticked()).containsExactlyInAnyOrder("vision-1a", "vision-1b",
                "vision-2a", "vision-3a");
        assertThat(sheet.answers().get("vision").value()).as("stage 2 lacks 2b").isEqualTo(1.0);
        assertThat(sheet.answers().get("vision").evidence()).isEqualTo("Council minutes of 2024");
        assertThat(sheet.answeredCount()).isEqualTo(1);

        assertRefused(() -> rounds.saveAnswer(round.id(), "vision", new AnswerInput(null, Set.of("made-up"), null,
                null)), "round.error.condition");
        assertRefused(() -> rounds.saveAnswer(round.id(), "vision", new AnswerInput(null, Set.of(), null,
                "javascript:alert(1)")), "partnership.error.website");
        assertRefused(() -> rounds.saveAnswer(round.id(), "no-such", new AnswerInput(null, Set.of(), null, null)),
                "round.error.criterion");
        assertThat(rounds.mySheet(round.id()).answers().get("vision").value()).as("refusals change nothing")
                .isEqualTo(1.0);
    }

    @Test
    void submittingNeedsEveryCriterionAndThenLocksTheAnswers() {
        var round = fixture.open("imc-partnership-climate", AnswerVisibility.ALL_MEMBERS);
        fixture.as(round.laerdal());
        rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(4.0, null, null, null));
        assertRefused(() -> rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(6.0, null, null, null)),
                "round.error.value");
        assertRefused(() -> rounds.submit(round.id()), "round.error.unanswered");
        answerClimate(round.id(), 4, 4, 4, 4, 55);
        rounds.submit(round.id());
        assertThat(rounds.mySheet(round.id()).submitted()).isTrue();
        assertRefused(() -> rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(1.0, null, null, null)),
                "round.error.submitted");
    }

    @Test
    void consensusSideBySideThenCloseAndResults() {
        var round = fixture.open("imc-partnership-climate", AnswerVisibility.COORDINATOR_ONLY);
        fixture.as("coordinator");
        answerClimate(round.id(), 5, 4, 4, 5, 80);
        fixture.as(round.luster());
        answerClimate(round.id(), 2, 4, 3, 4, 60);
        fixture.as(round.laerdal());
        answerClimate(round.id(), 3, 4, 5, 4, 30);

        fixture.as("coordinator");
        ConsensusBoard board = consensus.board(round.id());
        var sharing = board.rows().getFirst();
        assertThat(sharing.answers()).extracting(ConsensusBoard.Individual::value).containsExactlyInAnyOrder(5.0, 2.0,
                3.0);
        assertThat(sharing.disagreement()).as("2 and 5 are three points apart").isTrue();
        assertThat(board.rows().get(1).disagreement()).as("all said 4").isFalse();
        assertThat(board.rows().get(4).disagreement()).as("30 and 80 are 50 points apart").isTrue();

        consensus.decide(round.id(), "information-sharing", 3, "We share, but late.");
        assertRefused(() -> consensus.close(round.id()), "round.error.consensus-missing");
        assertRefused(() -> consensus.decide(round.id(), "fair-burdens", 4, " "), "round.error.rationale");
        consensus.decide(round.id(), "fair-burdens", 4, "Agreed key since 2019.");
        consensus.decide(round.id(), "decisions-respected", 4, "Yes, with one exception.");
        consensus.decide(round.id(), "worth-the-effort", 4, "All say so.");
        consensus.decide(round.id(), "goal-attainment", 60, "Good results in key areas.");
        consensus.close(round.id());
        assertRefused(() -> consensus.decide(round.id(), "fair-burdens", 5, "late"), "round.error.closed");

        RoundResultsView view = results.results(round.id());
        assertThat(view.round().status()).isEqualTo(RoundStatus.CLOSED);
        // Likert 3,4,4,4 -> 50,75,75,75; percent 60 with weight 2: (50+75+75+75+120)/6
        assertThat(view.index()).isCloseTo((50 + 75 + 75 + 75 + 2 * 60) / 6.0, within(1e-9));
        var sharingResult = view.criteria().getFirst();
        assertThat(sharingResult.mean()).isCloseTo(10 / 3.0, within(1e-9));
        assertThat(sharingResult.lowest()).isEqualTo(2.0);
        assertThat(sharingResult.highest()).isEqualTo(5.0);
        assertThat(sharingResult.answers()).isEqualTo(3);
        assertThat(view.byMunicipality()).containsOnlyKeys("Sogndal", "Luster", "Lærdal");
        assertThat(view.byGroup().get(RespondentGroup.STAFF)).containsEntry("information-sharing", 2.0);
        assertThat(view.weaknesses()).extracting(c -> c.criterion().key()).containsExactly("information-sharing");
        assertThat(view.strengths()).extracting(c -> c.criterion().key()).contains("fair-burdens");
        assertThat(view.trend()).extracting(RoundResultsView.TrendPoint::roundId).contains(round.id());
    }

    @Test
    void anotherPartnershipsMemberSeesNothingOfTheRound() {
        var round = fixture.open("imc-partnership-climate", AnswerVisibility.ALL_MEMBERS);
        fixture.as("member");
        assertThatThrownBy(() -> results.results(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.summary(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.mySheet(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consensus.board(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.benchmark(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(rounds.mine()).extracting(RoundViews.RoundSummary::id).doesNotContain(round.id());
    }

    @Test
    void aRespondentWhoIsNotCoordinatorCannotRunTheRound() {
        var round = fixture.open("imc-partnership-climate", AnswerVisibility.COORDINATOR_ONLY);
        fixture.as(round.luster());
        assertThatThrownBy(() -> consensus.board(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consensus.close(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.pending(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(results.results(round.id()).individualsVisible()).as("coordinator-only visibility").isFalse();
        assertThat(rounds.mine()).extracting(RoundViews.RoundSummary::id).contains(round.id());
    }

    @Test
    void whereOnlyCoordinatorsSeeAnswersMembersSeeNoSpreadOfFewerThanThreeAnswers() {
        var round = fixture.open("imc-partnership-climate", AnswerVisibility.COORDINATOR_ONLY);
        fixture.as(round.luster());
        rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(1.0, null, null, null));
        fixture.as(round.laerdal());
        rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(5.0, null, null, null));

        // Lærdal knows their own 5: a minimum or mean of two answers would give away Luster's 1.
        RoundResultsView.CriterionResult two = fairBurdens(results.results(round.id()));
        assertThat(two.answers()).isEqualTo(2);
        assertThat(two.mean()).isNull();
        assertThat(two.lowest()).isNull();
        assertThat(two.highest()).isNull();
        assertThat(two.disagreement()).isFalse();

        fixture.as("coordinator");
        assertThat(fairBurdens(results.results(round.id())).lowest()).as("the coordinator sees the spread")
                .isEqualTo(1.0);
        rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(3.0, null, null, null));
        fixture.as(round.laerdal());
        RoundResultsView.CriterionResult three = fairBurdens(results.results(round.id()));
        assertThat(three.mean()).as("from three answers on, the spread is shown").isEqualTo(3.0);
        assertThat(three.lowest()).isEqualTo(1.0);
    }

    @Autowired
    ActionPlan actionPlan;

    @Test
    void controlCharactersNeverReachTheDatabaseThroughRationalesAndActionPlans() {
        var round = fixture.open("imc-partnership-climate", AnswerVisibility.ALL_MEMBERS);
        consensus.decide(round.id(), "fair-burdens", 3, "Agreed\u0000 at the\u0007 meeting.\nSecond line.");
        assertThat(consensus.board(round.id()).rows()).filteredOn(r -> r.criterion().key().equals("fair-burdens"))
                .singleElement().satisfies(r -> assertThat(r.rationale()).isEqualTo("Agreed at the meeting.\nSecond line."));
        ActionPlanItem item = actionPlan.add(round.id(), "fair-burdens", "Share\u001b[31m costs\u0000 fairly",
                "The\u0008 board", null);
        assertThat(actionPlan.forRound(round.id())).filteredOn(i -> i.id() == item.id()).singleElement()
                .satisfies(i -> {
                    assertThat(i.action()).isEqualTo("Share[31m costs fairly");
                    assertThat(i.owner()).isEqualTo("The board");
                });
    }

    private static RoundResultsView.CriterionResult fairBurdens(RoundResultsView view) {
        return view.criteria().stream().filter(c -> c.criterion().key().equals("fair-burdens")).findFirst()
                .orElseThrow();
    }

    @Test
    void aCoordinatorCannotOpenARoundForAnotherPartnership() {
        fixture.as("coordinator");
        long bir = fixture.partnership("BIR AS");
        assertThatThrownBy(() -> rounds.open(new RoundViews.NewRound(bir, fixture.frameworkId("imc-partnership-climate"),
                "Not ours", LocalDate.now().plusDays(5), AnswerVisibility.ALL_MEMBERS, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void answerClimate(long roundId, int sharing, int fair, int respected, int worth, int goals) {
        Map<String, Double> values = Map.of("information-sharing", (double) sharing, "fair-burdens", (double) fair,
                "decisions-respected", (double) respected, "worth-the-effort", (double) worth, "goal-attainment",
                (double) goals);
        values.forEach((key, value) -> rounds.saveAnswer(roundId, key, new AnswerInput(value, null, null, null)));
    }

    @Test
    void hostileEvidenceIsRefusedWhenTooLongAndOtherwiseKeptAsPlainText() {
        var round = fixture.open("imc-partnership-climate", AnswerVisibility.COORDINATOR_ONLY);
        fixture.as(round.luster());
        rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(4.0, null, "Minutes", null));
        assertRefused(() -> rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(2.0, null,
                "x".repeat(1_000_000), null)), "validation.too-long");
        assertRefused(() -> rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(2.0, null, null,
                "javascript:alert(1)")), "partnership.error.website");
        assertThat(rounds.mySheet(round.id()).answers().get("fair-burdens").value()).as("refusals change nothing")
                .isEqualTo(4.0);

        rounds.saveAnswer(round.id(), "fair-burdens", new AnswerInput(3.0, null,
                "<script>alert(1)</script>\u0000\u0007=SUM(A1)", null));
        assertThat(rounds.mySheet(round.id()).answers().get("fair-burdens").evidence())
                .isEqualTo("<script>alert(1)</script>=SUM(A1)");
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
