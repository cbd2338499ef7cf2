package org.imcregistry.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The results' single aggregation (answers grouped by criterion, municipality and group at once, added up in
 * {@link AnswerStatistics}) gives the figures the three separate aggregations gave before, on a seeded round:
 * 60 respondents in every group, some of no municipality, some criteria left unanswered.
 */
@IntegrationTest
@Import(RoundFixture.class)
class RoundResultsAggregationTest {

    @Autowired
    RoundFixture fixture;
    @Autowired
    RoundResults results;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixture.securityContext.clearContext();
    }

    @Test
    void oneAggregationGivesTheFiguresOfTheThreeBefore() {
        var round = fixture.open("imc-partnership-development", AnswerVisibility.ALL_MEMBERS);
        seed(round.id(), round.partnershipId());

        RoundResultsView view = results.results(round.id());

        Map<String, Object[]> before = new HashMap<>();
        jdbc.query("""
                select a.criterion_key, count(a.answer_value), avg(a.answer_value), min(a.answer_value),
                  max(a.answer_value)
                from round_answer a join round_respondent r on a.respondent_id = r.id
                where r.round_id = ? and a.answer_value is not null group by a.criterion_key""",
                rs -> {
                    before.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5)});
                }, round.id());
        assertThat(before).hasSizeGreaterThan(3);
        for (RoundResultsView.CriterionResult criterion : view.criteria()) {
            Object[] old = before.get(criterion.criterion().key());
            if (old == null) {
                assertThat(criterion.answers()).isZero();
                continue;
            }
            assertThat(criterion.answers()).isEqualTo((long) old[0]);
            assertThat(criterion.mean()).isCloseTo((double) old[1], within(1e-9));
            assertThat(criterion.lowest()).isEqualTo((double) old[2]);
            assertThat(criterion.highest()).isEqualTo((double) old[3]);
        }

        Map<String, Map<String, Double>> byMunicipality = new HashMap<>();
        jdbc.query("""
                select a.criterion_key, coalesce(m.name, '—'), avg(a.answer_value)
                from round_answer a join round_respondent r on a.respondent_id = r.id
                left join municipality m on m.id = r.municipality_id
                where r.round_id = ? and a.answer_value is not null group by a.criterion_key, m.name""",
                rs -> {
                    byMunicipality.computeIfAbsent(rs.getString(2), k -> new HashMap<>()).put(rs.getString(1),
                            rs.getDouble(3));
                }, round.id());
        assertThat(view.byMunicipality()).containsOnlyKeys(byMunicipality.keySet()).containsKey("—");
        byMunicipality.forEach((name, means) -> means.forEach((criterion, mean) ->
                assertThat(view.byMunicipality().get(name).get(criterion)).as(name + " " + criterion)
                        .isCloseTo(mean, within(1e-9))));

        Map<RespondentGroup, Map<String, Double>> byGroup = new HashMap<>();
        jdbc.query("""
                select a.criterion_key, r.respondent_group, avg(a.answer_value)
                from round_answer a join round_respondent r on a.respondent_id = r.id
                where r.round_id = ? and a.answer_value is not null group by a.criterion_key, r.respondent_group""",
                rs -> {
                    byGroup.computeIfAbsent(RespondentGroup.valueOf(rs.getString(2)), k -> new HashMap<>())
                            .put(rs.getString(1), rs.getDouble(3));
                }, round.id());
        assertThat(view.byGroup()).containsOnlyKeys(RespondentGroup.values());
        byGroup.forEach((group, means) -> means.forEach((criterion, mean) ->
                assertThat(view.byGroup().get(group).get(criterion)).as(group + " " + criterion)
                        .isCloseTo(mean, within(1e-9))));
        assertThat(view.round().respondents()).isEqualTo(63);
        assertThat(view.round().submitted()).isEqualTo(20);
    }

    @Test
    void theTrendHoldsThePartnershipsClosedRoundsOnTheFrameworkWithTheirOwnConsensus() {
        var round = fixture.open("imc-partnership-development", AnswerVisibility.ALL_MEMBERS);
        long framework = fixture.frameworkId("imc-partnership-development");
        String criterion = fixture.catalog.byId(framework).criteria().getFirst().key();
        long earlier = closedRound(round.partnershipId(), framework, "Earlier round", 4.0, criterion);
        long elsewhere = closedRound(fixture.partnership("BIR AS"), framework, "Another partnership's", 1.0,
                criterion);

        RoundResultsView view = results.results(round.id());

        // Other tests' rounds of the same partnership may stand between; the order is oldest first.
        assertThat(view.trend()).extracting(RoundResultsView.TrendPoint::roundId)
                .containsSubsequence(earlier, round.id()).doesNotContain(elsewhere);
        RoundResultsView.TrendPoint before = view.trend().stream().filter(p -> p.roundId() == earlier).findFirst()
                .orElseThrow();
        assertThat(before.title()).isEqualTo("Earlier round");
        assertThat(before.consensusScores()).containsOnlyKeys(criterion);
        assertThat(view.trend().getLast().roundId()).isEqualTo(round.id());
        assertThat(view.trend().getLast().consensusScores()).isEmpty();
    }

    /** A round closed a year ago with one criterion's consensus, straight in the tables. */
    private long closedRound(long partnershipId, long frameworkId, String title, double value, String criterion) {
        Timestamp then = Timestamp.from(Instant.parse("2025-06-01T00:00:00Z"));
        jdbc.update("insert into assessment_round (partnership_id, framework_id, title, visibility, status, created_at,"
                + " closed_at, version) values (?, ?, ?, 'ALL_MEMBERS', 'CLOSED', ?, ?, 0)", partnershipId, frameworkId,
                title, then, then);
        long id = jdbc.queryForObject("select max(id) from assessment_round", Long.class);
        jdbc.update("insert into round_consensus (round_id, criterion_key, answer_value, rationale, decided_at, version)"
                + " values (?, ?, ?, 'agreed', ?, 0)", id, criterion, value, then);
        return id;
    }

    /** 60 respondents by link: every group, municipalities of the partnership or none, a few answers missing. */
    private void seed(long roundId, long partnershipId) {
        Random random = new Random(21);
        List<Long> members = jdbc.queryForList("select municipality_id from partnership_member where"
                + " partnership_id = ?", Long.class, partnershipId);
        Timestamp now = Timestamp.from(Instant.parse("2026-03-01T00:00:00Z"));
        RespondentGroup[] groups = RespondentGroup.values();
        List<String> keys = fixture.catalog.byId(fixture.frameworkId("imc-partnership-development")).criteria()
                .stream().map(c -> c.key()).toList();
        for (int i = 0; i < 60; i++) {
            Long municipality = i % 7 == 0 ? null : members.get(random.nextInt(members.size()));
            jdbc.update("insert into round_respondent (round_id, municipality_id, respondent_group, display_name,"
                    + " submitted_at, version) values (?, ?, ?, ?, ?, 0)", roundId, municipality,
                    groups[i % groups.length].name(), "Seeded " + i, i % 3 == 0 ? now : null);
            long respondent = jdbc.queryForObject("select max(id) from round_respondent", Long.class);
            List<Object[]> answers = new ArrayList<>();
            for (String key : keys) {
                Double value = random.nextInt(9) == 0 ? null : (double) random.nextInt(6);
                answers.add(new Object[] {respondent, key, value, now});
            }
            jdbc.batchUpdate("insert into round_answer (respondent_id, criterion_key, answer_value, updated_at,"
                    + " version) values (?, ?, ?, ?, 0)", answers);
        }
    }
}
