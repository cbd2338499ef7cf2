package org.imcregistry.practice;

import java.nio.file.Path;
import java.util.List;
import org.imcregistry.search.PracticeIndex;
import org.imcregistry.search.PracticeSearch;
import org.slf4j.LoggerFactory;
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

        /** After commit, so the index never shows what a rolled-back transaction wrote. */
        @TransactionalEventListener
        public void changed(PracticeChanged change) {
            try {
                index.update(List.of(change.practiceId()));
            } catch (RuntimeException e) {
                // The change is committed; the index catches up with it at the next start.
                LoggerFactory.getLogger(SearchIndexing.class).error("Could not index record {}", change.practiceId(), e);
            }
        }
    }
}
