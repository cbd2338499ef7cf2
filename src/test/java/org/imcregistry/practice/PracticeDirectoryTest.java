package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * What other features learn of records by id: titles in one question, and a held record's title only for those
 * who run competitions or judge it; a published record's language and partnership for entering it.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class PracticeDirectoryTest {

    @Autowired
    PracticeFixture fixture;
    @Autowired
    PracticeDirectory directory;
    @Autowired
    PracticeHolds holds;
    @Autowired
    Practices practices;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void aHeldRecordsTitleReachesManagersButNotAJurorWhoDoesNotJudgeIt() {
        long open = fixture.published(PracticeFixture.content("Directory open record", RecordLanguage.EN, "Open.",
                Set.of(), Set.of(), "NO", 2020));
        long held = fixture.published(PracticeFixture.content("Directory held record", RecordLanguage.NB, "Held.",
                Set.of(), Set.of(), "NO", 2020));
        fixture.as("manager");
        holds.hold(held, "directory-test");

        assertThat(directory.titles(List.of(open, held))).containsEntry(open, "Directory open record")
                .containsEntry(held, "Directory held record");
        fixture.as("juror");
        assertThat(directory.titles(List.of(open, held))).containsOnlyKeys(open);
        assertThat(directory.titles(List.of())).isEmpty();

        fixture.as("manager");
        holds.release(held, "directory-test");
        fixture.as("juror");
        assertThat(directory.titles(List.of(open, held))).containsOnlyKeys(open, held);
    }

    @Test
    void onlyAPublishedRecordCanBeEnteredAndNotEveryoneMayAsk() {
        long published = fixture.published(PracticeFixture.content("Directory published", RecordLanguage.PL, "Tak.",
                Set.of(), Set.of(), "PL", 2021));
        fixture.as("member");
        long draft = practices.create(PracticeFixture.content("Directory draft", RecordLanguage.EN, "Draft.", Set.of(),
                Set.of(), "NO", 2021));

        fixture.as("manager");
        assertThat(directory.publishedRecord(published)).hasValueSatisfying(r -> {
            assertThat(r.language()).isEqualTo(RecordLanguage.PL);
            assertThat(r.partnershipId()).isNull();
        });
        assertThat(directory.publishedRecord(draft)).isEmpty();
        assertThat(directory.firstPublished(1000)).extracting(PracticeDirectory.PublishedRecord::id)
                .contains(published).doesNotContain(draft);

        fixture.as("member");
        assertThatThrownBy(() -> directory.titles(List.of(published))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.publishedRecord(published)).isInstanceOf(AccessDeniedException.class);
    }
}
