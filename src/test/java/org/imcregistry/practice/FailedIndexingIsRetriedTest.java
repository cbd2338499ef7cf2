package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.util.Map;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.search.PracticeIndex;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A change reaches the search index through an event recorded in the database: when writing the index fails, the
 * editor's publication still stands, the event stays incomplete, and handing it over again (as EventRetries does
 * every minute) brings the record into the search, without a restart.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class FailedIndexingIsRetriedTest {

    @MockitoSpyBean
    PracticeIndex index;
    @Autowired
    PracticeFixture fixture;
    @Autowired
    Practices practices;
    @Autowired
    PracticeSearch search;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void aPublicationTheIndexMissedIsIndexedWhenTheEventIsHandedOverAgain() {
        fixture.as("member");
        long id = practices.create(PracticeFixture.content("Retried harbour ferries", RecordLanguage.EN,
                "Ferries that the index first missed.", Set.of("GOVERNANCE"), Set.of(11), "NO", 2022));
        practices.submit(id);
        doThrow(new IllegalStateException("the index disk is full")).when(index).update(anyCollection());
        fixture.as("editor");
        practices.publish(id, null);
        assertThat(practices.details(id).status()).as("the editor's decision stands").isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(found("Retried harbour ferries")).as("the index missed it").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                + " and event_type like '%PracticeChanged'", Integer.class)).isPositive();

        doCallRealMethod().when(index).update(anyCollection());
        incomplete.resubmitIncompletePublications(publication -> true);
        assertThat(found("Retried harbour ferries")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                + " and event_type like '%PracticeChanged'", Integer.class)).isZero();
    }

    private boolean found(String title) {
        return search.allHits(new SearchQuery("\"" + title + "\"", Map.of(), SearchQuery.Order.NEWEST, 0, 10)).stream()
                .map(SearchPage.Hit::title).anyMatch(title::equals);
    }
}
