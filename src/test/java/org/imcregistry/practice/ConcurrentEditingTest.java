package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.RealThreads;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Two editors saving at the same moment: on different records both saves stay; on the same record exactly one
 * wins, the other is told the record changed, and what is stored is the winner's text, never a mix.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class ConcurrentEditingTest {

    private static final int RACES = 10;

    @Autowired
    PracticeFixture fixture;
    @Autowired
    Practices practices;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void twoEditorsOnTheSameRecordAtOnceOneWinsAndTheOtherIsToldNothingIsMixed() throws Exception {
        fixture.as("member");
        long id = practices.create(PracticeFixture.content("Shared ferry", RecordLanguage.EN, "A ferry for three.",
                Set.of(), Set.of(), null, null));
        for (int race = 0; race < RACES; race++) {
            fixture.as("editor");
            PracticeDetails seen = practices.details(id);
            String a = "Editor A, race " + race;
            String b = "Editor B, race " + race;
            var outcomes = RealThreads.together(List.of(
                    () -> saveAs("editor", id, seen, a),
                    () -> saveAs("admin", id, seen, b)));

            assertThat(outcomes).filteredOn(RealThreads.Outcome::succeeded).as("race " + race).hasSize(1);
            var refused = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow();
            assertThat(refused.failure()).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("practice.error.conflict"));
            String winner = outcomes.getFirst().succeeded() ? a : b;
            fixture.as("editor");
            PracticeDetails stored = practices.details(id);
            assertThat(stored.content().section(PracticeSection.RESOURCES)).isEqualTo(winner);
            assertThat(stored.content().section(PracticeSection.INTRODUCTION)).isEqualTo(winner);
        }
    }

    @Test
    void twoEditorsOnDifferentRecordsAtOnceBothKeepTheirWork() throws Exception {
        fixture.as("member");
        long first = practices.create(PracticeFixture.content("Joint library", RecordLanguage.EN, "Books.",
                Set.of(), Set.of(), null, null));
        long second = practices.create(PracticeFixture.content("Joint fire brigade", RecordLanguage.EN, "Trucks.",
                Set.of(), Set.of(), null, null));
        fixture.as("editor");
        PracticeDetails firstSeen = practices.details(first);
        PracticeDetails secondSeen = practices.details(second);

        RealThreads.allSucceed(List.of(
                () -> saveAs("editor", first, firstSeen, "Library text"),
                () -> saveAs("admin", second, secondSeen, "Brigade text")));

        assertThat(practices.details(first).content().section(PracticeSection.RESOURCES)).isEqualTo("Library text");
        assertThat(practices.details(second).content().section(PracticeSection.RESOURCES)).isEqualTo("Brigade text");
    }

    /** Both sections carry the same text, so a save that mixed two editors' versions would show. */
    private Long saveAs(String username, long id, PracticeDetails seen, String text) {
        fixture.as(username);
        PracticeContent content = PracticeFixture.withSection(
                PracticeFixture.withSection(seen.content(), PracticeSection.INTRODUCTION, text),
                PracticeSection.RESOURCES, text);
        practices.update(id, seen.version(), content);
        return id;
    }
}
