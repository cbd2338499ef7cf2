package org.imcregistry.common;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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

    EventRetries(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${imc.events.retry-every:PT1M}", initialDelayString = "${imc.events.retry-every:PT1M}")
    @SchedulerLock(name = "event-retries", lockAtMostFor = "PT5M")
    void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
    }
}
