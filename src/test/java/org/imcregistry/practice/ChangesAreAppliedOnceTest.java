package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

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
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The instance that publishes a record finds it in its own search as soon as the editor's click returns, and
 * applies the change to its index once: right after commit, by the same follower that later reads the change log
 * (which then has nothing left to apply).
 */
@IntegrationTest
@Import(PracticeFixture.class)
class ChangesAreAppliedOnceTest {

    @MockitoSpyBean
    PracticeIndex index;
    @Autowired
    PracticeFixture fixture;
    @Autowired
    Practices practices;
    @Autowired
    PracticeSearch search;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void aPublishedRecordIsSearchableAtOnceAndIndexedOnce() throws InterruptedException {
        fixture.as("member");
        long id = practices.create(PracticeFixture.content("Once-indexed island ferries", RecordLanguage.EN,
                "Ferries indexed exactly once.", Set.of("GOVERNANCE"), Set.of(11), "NO", 2022));
        practices.submit(id);
        fixture.as("editor");
        Thread.sleep(1_000); // the draft's and the submission's changes are applied by now
        clearInvocations(index);
        practices.publish(id, null);
        assertThat(found("Once-indexed island ferries")).as("found without waiting").isTrue();

        Thread.sleep(1_500); // three ticks of the follower, which look 10 s back in the log
        verify(index, times(1)).update(argThat(ids -> ids.contains(id)));
    }

    private boolean found(String title) {
        return search.allHits(new SearchQuery("\"" + title + "\"", Map.of(), SearchQuery.Order.NEWEST, 0, 10)).stream()
                .map(SearchPage.Hit::title).anyMatch(title::equals);
    }
}
