package org.imcregistry.drills;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.NewRespondent;
import org.imcregistry.assessment.RespondentGroup;
import org.imcregistry.assessment.RoundRespondents;
import org.imcregistry.assessment.RoundViews.AnswerInput;
import org.imcregistry.assessment.framework.Criterion;
import org.imcregistry.assessment.framework.Scale;
import org.imcregistry.common.SqlValues;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.Judging;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes as the demo people would, through the same services the views call: the member adds records (every
 * fourth one is submitted and published by the editor, so it enters the search index), the coordinator answers
 * the open self-assessment and asks people by address (each with an invitation mail), the juror scores the demo
 * competition. Runs until the process is killed.
 */
@Component
@Profile("crash-test")
class CrashTestWriter {

    private static final Logger log = LoggerFactory.getLogger(CrashTestWriter.class);

    private final Practices practices;
    private final AssessmentRounds rounds;
    private final RoundRespondents respondents;
    private final Judging judging;
    private final Editions editions;
    private final JdbcTemplate jdbc;
    private final ActingAs actingAs;
    private final AckLog acks;
    private final int writesPerSecond;

    CrashTestWriter(Practices practices, AssessmentRounds rounds, RoundRespondents respondents, Judging judging, Editions editions, JdbcTemplate jdbc,
            ActingAs actingAs,
            @Value("${imc.crash-test.log}") Path log, @Value("${imc.crash-test.writes-per-second:20}") int rate) {
        this.practices = practices;
        this.rounds = rounds;
        this.respondents = respondents;
        this.judging = judging;
        this.editions = editions;
        this.jdbc = jdbc;
        this.actingAs = actingAs;
        this.acks = new AckLog(log);
        this.writesPerSecond = rate;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofPlatform().daemon().name("crash-test-writer").start(this::writeUntilKilled);
    }

    private void writeUntilKilled() {
        String run = "r" + System.currentTimeMillis() + "-";
        long roundId = SqlValues.present(jdbc.queryForObject("select r.id from assessment_round r"
                + " join round_respondent p on p.round_id = r.id join user_account u on u.id = p.user_id"
                + " where u.username = 'coordinator' and r.status = 'OPEN' order by r.id fetch first 1 rows only",
                Long.class));
        as("coordinator");
        List<Criterion> criteria = rounds.mySheet(roundId).framework().criteria();
        long municipality = respondents.municipalities(roundId).getFirst().id();
        long editionId = SqlValues.present(jdbc.queryForObject("select id from competition_edition"
                + " where stage = 'JUDGING' order by id fetch first 1 rows only", Long.class));
        as("juror");
        List<Judging.QueueItem> queue = judging.queue(editionId);
        Edition edition = editions.get(editionId);
        log.info("Crash test: writing {} per second to round {} ({} criteria) and edition {} ({} assignments)",
                writesPerSecond, roundId, criteria.size(), editionId, queue.size());
        long pause = 1000L / writesPerSecond;
        for (long n = 1; ; n++) {
            String marker = run + n;
            switch ((int) (n % 3)) {
                case 0 -> {
                    if (n % 5 == 0) {
                        ask(roundId, municipality, marker);
                    } else {
                        record(marker, n % 4 == 0);
                    }
                }
                case 1 -> answer(roundId, criteria.get((int) (n / 3 % criteria.size())), marker, n);
                default -> score(queue.get((int) (n / 3 % queue.size())).assignmentId(),
                        edition.criteria().get((int) (n / 7 % edition.criteria().size())).id(), edition, marker, n);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(String marker, boolean publish) {
        as("member");
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        sections.put(PracticeSection.INTRODUCTION, "Written by the crash test, " + marker + ".");
        long id = practices.create(new PracticeContent("Crash test record " + marker, "Place", null, "NO", null,
                RecordLanguage.EN, 2020, null, null, null, null, null, null, null, null, sections, Set.of(), Set.of(),
                Set.of()));
        if (publish) {
            practices.submit(id);
            as("editor");
            practices.publish(id, null);
        }
        acks.append("record " + id + " " + marker + " " + (publish ? "PUBLISHED" : "DRAFT"));
    }

    /** Asks someone by address: the respondent and the invitation mail are written in one transaction. */
    private void ask(long roundId, long municipality, String marker) {
        as("coordinator");
        String address = marker + "@crash.example.org";
        respondents.add(roundId, new NewRespondent("Crash " + marker, address, municipality, RespondentGroup.CITIZEN,
                Locale.ENGLISH));
        acks.append("mail " + address);
    }

    private void answer(long roundId, Criterion criterion, String marker, long n) {
        as("coordinator");
        // the development framework's criteria are stage scales: tick the first few conditions, more or fewer
        List<String> conditions = criterion.scale() instanceof Scale.Stages stages ? stages.stages().stream()
                .flatMap(stage -> stage.conditions().stream()).map(Scale.Stages.Condition::key).toList() : List.of();
        Set<String> ticked = Set.copyOf(conditions.subList(0, 1 + (int) (n % conditions.size())));
        rounds.saveAnswer(roundId, criterion.key(), new AnswerInput(null, ticked, marker, null));
        acks.append("answer " + roundId + " " + criterion.key() + " " + marker + " " + ticked.size());
    }

    private void score(long assignmentId, long criterionId, Edition edition, String marker, long n) {
        as("juror");
        int value = edition.scaleMin() + 1 + (int) (n % (edition.scaleMax() - edition.scaleMin() - 1));
        judging.save(assignmentId, criterionId, value, marker);
        acks.append("score " + assignmentId + " " + criterionId + " " + marker + " " + value);
    }

    private void as(String username) {
        actingAs.as(username);
    }
}
