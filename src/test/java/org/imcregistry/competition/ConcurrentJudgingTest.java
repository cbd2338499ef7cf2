package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.imcregistry.IntegrationTest;
import org.imcregistry.RealThreads;
import org.imcregistry.practice.PracticeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two jurors scoring the same entry at the same moment both keep every score and comment they saved. */
@IntegrationTest
@Import({PracticeFixture.class, CompetitionFixture.class})
class ConcurrentJudgingTest {

    @Autowired
    PracticeFixture people;
    @Autowired
    CompetitionFixture fixture;
    @Autowired
    Editions editions;
    @Autowired
    Jury jury;
    @Autowired
    Judging judging;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    @Test
    void twoJurorsScoringOneEntryAtOnceLoseNothing() throws Exception {
        long first = fixture.juror("c-juror-1", null);
        long second = fixture.juror("c-juror-2", null);
        long edition = fixture.edition("Concurrent judging", false, Set.of(first, second),
                Map.of("Sogn for all", "Sogn regionråd"));
        jury.assignAutomatically(edition);
        editions.advance(edition, editions.get(edition).version());
        List<Long> criteria = editions.get(edition).criteria().stream().map(c -> c.id()).toList();
        long entry = fixture.entries(edition).getFirst().id();

        List<Callable<?>> jurors = new ArrayList<>();
        for (String juror : List.of("c-juror-1", "c-juror-2")) {
            long assignment = jdbc.queryForObject("select a.id from competition_assignment a join user_account u"
                    + " on u.id = a.juror_id where u.username = ? and a.entry_id = ?", Long.class, juror, entry);
            int base = juror.endsWith("1") ? 3 : 5;
            jurors.add(() -> {
                people.as(juror);
                // saving as they go: each criterion is scored, then corrected
                for (int pass = 0; pass < 3; pass++) {
                    for (int c = 0; c < criteria.size(); c++) {
                        judging.save(assignment, criteria.get(c), base + (c + pass) % 3, juror + " on " + c);
                    }
                }
                judging.submit(assignment);
                return null;
            });
        }

        RealThreads.allSucceed(jurors);

        for (String juror : List.of("c-juror-1", "c-juror-2")) {
            int base = juror.endsWith("1") ? 3 : 5;
            List<Double> expected = new ArrayList<>();
            for (int c = 0; c < criteria.size(); c++) {
                expected.add((double) (base + (c + 2) % 3));
            }
            assertThat(fixture.scoresOf(juror)).as(juror).containsExactlyElementsOf(expected);
            assertThat(jdbc.queryForList("select s.comment from competition_score s join competition_assignment a"
                    + " on a.id = s.assignment_id join user_account u on u.id = a.juror_id where u.username = ?",
                    String.class, juror)).hasSize(criteria.size()).allMatch(comment -> comment.startsWith(juror));
        }
        assertThat(jdbc.queryForObject("select count(*) from competition_assignment where entry_id = ?"
                + " and status = 'SUBMITTED'", Integer.class, entry)).isEqualTo(2);
    }
}
