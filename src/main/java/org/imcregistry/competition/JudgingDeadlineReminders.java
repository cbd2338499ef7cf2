package org.imcregistry.competition;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds jurors of a judging deadline {@code imc.notifications.judging-reminder-days} days before it, if they still
 * have entries to score, at most once per juror and edition: who was reminded is kept in
 * {@code competition_deadline_reminder}, written in the transaction that queues the mail. A run missed (the app was
 * down) is made up the next day, until the deadline itself.
 */
@Component
class JudgingDeadlineReminders {

    private final NamedParameterJdbcTemplate jdbc;
    private final Editions editions;
    private final JuryNotifications notifications;
    private final Clock clock;
    private final int daysBefore;

    JudgingDeadlineReminders(NamedParameterJdbcTemplate jdbc, Editions editions, JuryNotifications notifications,
            Clock clock, @Value("${imc.notifications.judging-reminder-days:2}") int daysBefore) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.notifications = notifications;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** Runs on one instance at a time (ShedLock), at {@code imc.notifications.judging-reminder-cron} in UTC. */
    @Scheduled(cron = "${imc.notifications.judging-reminder-cron}", zone = "UTC")
    @SchedulerLock(name = "judging-deadline-reminders", lockAtMostFor = "PT30M")
    @Transactional
    public void send() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Long> due = jdbc.query("select id from competition_edition where stage = 'JUDGING'"
                + " and judging_deadline >= :today and judging_deadline <= :last order by id",
                Map.of("today", Date.valueOf(today), "last", Date.valueOf(today.plusDays(daysBefore))),
                (rs, i) -> rs.getLong(1));
        for (long id : due) {
            Map<Long, Integer> open = new LinkedHashMap<>();
            jdbc.query("select a.juror_id, count(*) from competition_assignment a join competition_entry en"
                    + " on en.id = a.entry_id where en.edition_id = :e and en.eligible and a.status = 'ASSIGNED'"
                    + " and not exists (select 1 from competition_deadline_reminder r where r.edition_id = :e"
                    + " and r.juror_id = a.juror_id) group by a.juror_id order by a.juror_id", Map.of("e", id),
                    rs -> {
                        open.put(rs.getLong(1), rs.getInt(2));
                    });
            if (open.isEmpty()) {
                continue;
            }
            for (long juror : notifications.remind(editions.edition(id), open)) {
                jdbc.update("insert into competition_deadline_reminder (edition_id, juror_id, sent_at)"
                        + " values (:e, :j, :at)", Map.of("e", id, "j", juror, "at", Timestamp.from(clock.instant())));
            }
        }
    }
}
