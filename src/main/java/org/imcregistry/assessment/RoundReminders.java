package org.imcregistry.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The automatic reminders: once a day, every open round whose deadline is one of its reminder days away
 * (7 and 2 by default) reminds everyone who has not submitted. One instance runs it (ShedLock), each round in its
 * own transaction, so one broken round does not hold back the others.
 */
@Component
class RoundReminders {

    private static final Logger log = LoggerFactory.getLogger(RoundReminders.class);

    private final AssessmentRoundRepository rounds;
    private final Reminding reminding;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoundReminders(AssessmentRoundRepository rounds, Reminding reminding, TransactionTemplate transactions, Clock clock) {
        this.rounds = rounds;
        this.reminding = reminding;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${imc.assessment.reminder-cron:0 0 7 * * *}", zone = "UTC")
    @SchedulerLock(name = "round-reminders", lockAtMostFor = "PT30M")
    void daily() {
        int sent = remindDueRounds();
        if (sent > 0) {
            log.info("Automatic round reminders: {} sent", sent);
        }
    }

    /** Sends today's automatic reminders; returns how many. */
    int remindDueRounds() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int sent = 0;
        for (Long id : rounds.findOpenWithDeadlineFrom(today)) {
            try {
                Integer n = transactions.execute(s -> rounds.findById(id)
                        .filter(r -> r.getReminderDays().contains((int) ChronoUnit.DAYS.between(today, r.getDeadline())))
                        .map(reminding::remindDue).orElse(0));
                sent += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.error("Reminders of round {} failed; tomorrow's run tries again", id, e);
            }
        }
        return sent;
    }
}
