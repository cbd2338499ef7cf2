package org.imcregistry.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imcregistry.IntegrationTest;
import org.imcregistry.RealThreads;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Respondents of one round answering at the same moment keep every answer they gave, and only their own. */
@IntegrationTest
@Import(RoundFixture.class)
class ConcurrentAnswersTest {

    private static final List<String> CRITERIA = List.of("information-sharing", "fair-burdens",
            "decisions-respected", "worth-the-effort");
    private static final int PASSES = 5;

    @Autowired
    RoundFixture fixture;
    @Autowired
    AssessmentRounds rounds;

    @AfterEach
    void signOut() {
        fixture.securityContext.clearContext();
    }

    @Test
    void threeRespondentsAnsweringAtOnceKeepTheirLastAnswers() throws Exception {
        var round = fixture.open("imc-partnership-climate", AnswerVisibility.COORDINATOR_ONLY);
        // Each person changes every answer several times; the last value of each is known beforehand.
        Map<String, Integer> offsets = Map.of("coordinator", 0, round.luster(), 1, round.laerdal(), 2);
        List<Callable<?>> people = new ArrayList<>();
        offsets.forEach((username, offset) -> people.add(() -> {
            fixture.as(username);
            for (int pass = 0; pass < PASSES; pass++) {
                for (int c = 0; c < CRITERIA.size(); c++) {
                    rounds.saveAnswer(round.id(), CRITERIA.get(c), new AnswerInput(
                            (double) likert(pass, c, offset), null, username + " pass " + pass, null));
                }
            }
            return null;
        }));

        RealThreads.allSucceed(people);

        offsets.forEach((username, offset) -> {
            fixture.as(username);
            var answers = rounds.mySheet(round.id()).answers();
            for (int c = 0; c < CRITERIA.size(); c++) {
                var answer = answers.get(CRITERIA.get(c));
                assertThat(answer.value()).as(username + " " + CRITERIA.get(c))
                        .isEqualTo((double) likert(PASSES - 1, c, offset));
                assertThat(answer.evidence()).isEqualTo(username + " pass " + (PASSES - 1));
            }
        });
    }

    private static int likert(int pass, int criterion, int person) {
        return 1 + (pass + criterion + person) % 5;
    }
}
