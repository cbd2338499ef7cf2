package org.imcregistry.common;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands an event whose listener failed (the search index could not be written, a record could not be labelled) to
 * that listener again, a minute after it was published and then every minute, on one instance at a time.
 */
@Component
class EventRetries {

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;

    EventRetries(IncompleteEventPublications incomplete, CompletedEventPublications completed) {
        this.incomplete = incomplete;
        this.completed = completed;
    }

    @Scheduled(fixedDelayString = "${imc.events.retry-every:PT1M}", initialDelayString = "${imc.events.retry-every:PT1M}")
    @SchedulerLock(name = "event-retries", lockAtMostFor = "PT5M")
    void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
    }

    /** Handled events are kept a week for looking into what happened, then deleted so the table stays small. */
    @Scheduled(cron = "${imc.events.cleanup:0 45 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "event-cleanup", lockAtMostFor = "PT30M")
    void forgetHandledEvents() {
        completed.deletePublicationsOlderThan(Duration.ofDays(7));
    }
}
