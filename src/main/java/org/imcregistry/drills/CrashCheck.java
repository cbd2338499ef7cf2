package org.imcregistry.drills;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.search.PracticeSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After the kill and a normal restart (which brings the search index up to date with the database): is every
 * acknowledged write there, and does the index hold exactly the published records? Prints one line
 * {@code CRASH-CHECK ...} and stops the app with exit code 0 when nothing was lost, 1 otherwise.
 */
@Component
@Profile("crash-check")
class CrashCheck {

    private final JdbcTemplate jdbc;
    private final PracticeSearch search;
    private final AckLog acks;
    private final ConfigurableApplicationContext app;

    CrashCheck(JdbcTemplate jdbc, PracticeSearch search, @Value("${imc.crash-test.log}") Path log,
            ConfigurableApplicationContext app) {
        this.jdbc = jdbc;
        this.search = search;
        this.acks = new AckLog(log);
        this.app = app;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        Map<String, Integer> acked = new LinkedHashMap<>(Map.of("record", 0, "answer", 0, "score", 0, "mail", 0));
        int lost = 0;
        // For answers and scores only the last acknowledged value of each field counts; a later one that was
        // written but not yet acknowledged when the process died may have replaced it.
        Map<String, String> lastAnswer = new LinkedHashMap<>();
        Map<String, String> lastScore = new LinkedHashMap<>();
        for (String[] entry : acks.entries()) {
            acked.merge(entry[0], 1, Integer::sum);
            switch (entry[0]) {
                case "record" -> lost += recordIsThere(Long.parseLong(entry[1]), entry[2], entry[3]) ? 0 : 1;
                case "answer" -> lastAnswer.put(entry[1] + " " + entry[2], entry[3]);
                case "score" -> lastScore.put(entry[1] + " " + entry[2], entry[3]);
                case "mail" -> lost += mailIsThere(entry[1]) ? 0 : 1;
                default -> throw new IllegalStateException("unknown entry " + entry[0]);
            }
        }
        for (var answer : lastAnswer.entrySet()) {
            String[] key = answer.getKey().split(" ");
            List<@Nullable String> stored = jdbc.queryForList("select a.evidence from round_answer a"
                    + " join round_respondent p on p.id = a.respondent_id join user_account u on u.id = p.user_id"
                    + " where p.round_id = ?"
                    + " and u.username = 'coordinator' and a.criterion_key = ?", String.class,
                    Long.parseLong(key[0]), key[1]);
            lost += stored.size() == 1 && AckLog.atLeast(Objects.requireNonNull(stored.getFirst(),
                    "the writer stores its marker as the evidence"), answer.getValue()) ? 0 : 1;
        }
        for (var score : lastScore.entrySet()) {
            String[] key = score.getKey().split(" ");
            List<@Nullable String> stored = jdbc.queryForList("select comment from competition_score"
                    + " where assignment_id = ? and criterion_id = ?", String.class, Long.parseLong(key[0]),
                    Long.parseLong(key[1]));
            lost += stored.size() == 1 && AckLog.atLeast(Objects.requireNonNull(stored.getFirst(),
                    "the writer stores its marker as the comment"), score.getValue()) ? 0 : 1;
        }

        IndexAgreement index = IndexAgreement.of(jdbc, search);

        System.out.println("CRASH-CHECK acked_records=" + acked.get("record") + " acked_answers=" + acked.get("answer")
                + " acked_scores=" + acked.get("score") + " acked_mails=" + acked.get("mail") + " lost=" + lost + " published=" + index.published()
                + " index_missing=" + index.missing().size() + " index_extra=" + index.extra().size());
        int code = lost == 0 && index.agrees() ? 0 : 1;
        System.exit(SpringApplication.exit(app, () -> code));
    }

    /** The respondent asked by address and the invitation that went with them, committed together. */
    private boolean mailIsThere(String address) {
        Integer respondents = jdbc.queryForObject("select count(*) from round_respondent where email = ?",
                Integer.class, address);
        Integer mails = jdbc.queryForObject("select count(*) from outbox_message where recipient = ?"
                + " and kind = 'ROUND_INVITATION'", Integer.class, address);
        return respondents != null && respondents == 1 && mails != null && mails == 1;
    }

    private boolean recordIsThere(long id, String marker, String status) {
        List<Map<String, @Nullable Object>> rows = jdbc.queryForList("select title, status from practice where id = ?",
                id);
        return rows.size() == 1
                && Objects.requireNonNull((String) rows.getFirst().get("title"), "title is not null").endsWith(marker)
                && (status.equals("DRAFT") || status.equals(rows.getFirst().get("status")));
    }
}
