package org.imcregistry.practice;

import java.nio.file.Path;
import java.util.List;
import org.imcregistry.search.PracticeIndex;
import org.imcregistry.search.PracticeSearch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Wires the search index to the registry: it opens (and repairs) the index at start-up, before first-start
 * data is written, and passes every committed change on to it.
 */
@Configuration
class SearchIndexing {

    @Bean(destroyMethod = "close")
    PracticeIndex practiceIndex(@Value("${imc.search.index-dir:${imc.data-dir}/index}") Path directory,
            PublishedPracticeSource source) {
        return new PracticeIndex(directory.resolve("practices"), source);
    }

    @Bean
    PracticeSearch practiceSearch(PracticeIndex index) {
        return new PracticeSearch(index);
    }

    @Bean
    IndexFollower indexFollower(PracticeIndex index) {
        return new IndexFollower(index);
    }

    /** Follows the database: opens the index at start-up and applies each committed change. */
    static class IndexFollower {

        private final PracticeIndex index;

        IndexFollower(PracticeIndex index) {
            this.index = index;
        }

        @EventListener(ApplicationStartedEvent.class)
        public void open() {
            index.open();
        }

        /**
         * After commit, so the index never shows what a rolled-back transaction wrote. The change is recorded in the
         * event publication registry with the transaction that made it: if indexing fails here, the publication stays
         * incomplete and EventRetries hands it to this listener again, without a restart.
         */
        @TransactionalEventListener
        public void changed(PracticeChanged change) {
            index.update(List.of(change.practiceId()));
        }
    }
}
