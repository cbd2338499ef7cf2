package org.imcregistry.search;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** At start-up, before anyone is signed in, the search takes the concepts editors added along with the shipped ones. */
@Component
class GlossaryAtStartUp {

    private final JdbcClient jdbc;
    private final PracticeSearch search;

    GlossaryAtStartUp(JdbcClient jdbc, PracticeSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        search.useEditedGlossary(GlossaryConcepts.read(jdbc));
    }
}
