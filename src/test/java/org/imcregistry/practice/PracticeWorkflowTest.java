package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Draft → submitted → needs information ↔ submitted → published or rejected, and who may do each step. */
@IntegrationTest
@Import(PracticeFixture.class)
class PracticeWorkflowTest {

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
    void aRecordGoesThroughModerationAndIsPublicOnlyOncePublished() {
        fixture.as("member");
        long id = practices.create(PracticeFixture.content("Shared snow clearing in Vestfjord", RecordLanguage.EN,
                "Three municipalities clear snow together.", Set.of("GOVERNANCE"), Set.of(11), "NO", 2019));
        assertThat(practices.details(id).status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(practices.details(id).canEdit()).isTrue();
        practices.submit(id);
        assertThat(practices.details(id).canEdit()).as("the author waits for the editor").isFalse();

        fixture.anonymous();
        assertRefused(() -> practices.details(id), "practice.error.not-found");
        assertThat(search.search(SearchQuery.of("vestfjord")).total()).isZero();

        fixture.as("coordinator");
        assertThatThrownBy(() -> practices.publish(id, null)).isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> practices.details(id), "practice.error.not-found");

        fixture.as("editor");
        assertThat(practices.moderationQueue()).extracting(PracticeRow::id).contains(id);
        assertThatThrownBy(() -> practices.requestInformation(id, " ")).isInstanceOf(InvalidInputException.class);
        practices.requestInformation(id, "Please add the costs under Resources.");

        fixture.as("member");
        PracticeDetails sentBack = practices.details(id);
        assertThat(sentBack.status()).isEqualTo(PracticeStatus.NEEDS_INFORMATION);
        assertThat(sentBack.editorComment()).isEqualTo("Please add the costs under Resources.");
        assertThat(sentBack.canEdit()).isTrue();
        practices.update(id, sentBack.version(), withResources(sentBack.content(), "About 200,000 NOK a year."));
        practices.submit(id);

        fixture.as("editor");
        assertRefused(() -> practices.submit(id), "practice.error.step");
        practices.publish(id, "Thank you.");

        fixture.anonymous();
        assertThat(practices.details(id).status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(practices.details(id).history()).as("history is for the author and editors").isEmpty();
        assertThat(search.search(SearchQuery.of("vestfjord")).hits()).extracting(h -> h.id()).containsExactly(id);

        fixture.as("member");
        assertThat(practices.details(id).canEdit()).as("a published record is corrected by editors").isFalse();
        assertThat(practices.details(id).history()).extracting(PracticeDetails.HistoryLine::action)
                .containsExactly("CREATED", "STATUS", "STATUS", "EDITED", "STATUS", "STATUS");
        assertThat(practices.details(id).history().get(3).changed()).isEqualTo("Resources");
        assertThat(practices.details(id).history().get(2).comment()).isEqualTo("Please add the costs under Resources.");
    }

    @Test
    void aRejectedRecordNeedsAReasonAndStaysPrivate() {
        fixture.as("member");
        long id = practices.create(PracticeFixture.content("Advert for our consultancy", RecordLanguage.EN,
                "Buy our services.", Set.of(), Set.of(), null, null));
        practices.submit(id);
        fixture.as("editor");
        assertThatThrownBy(() -> practices.reject(id, null)).isInstanceOf(InvalidInputException.class);
        practices.reject(id, "This is an advertisement, not a practice of local governments.");
        fixture.as("member");
        assertThat(practices.details(id).status()).isEqualTo(PracticeStatus.REJECTED);
        assertThat(practices.details(id).canSubmit()).isFalse();
        fixture.anonymous();
        assertRefused(() -> practices.details(id), "practice.error.not-found");
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameVersionIsRefusedAndNothingIsOverwritten() {
        fixture.as("member");
        long id = practices.create(PracticeFixture.content("Joint archive", RecordLanguage.EN, "We share an archive.",
                Set.of(), Set.of(), null, null));
        PracticeDetails first = practices.details(id);
        PracticeDetails second = practices.details(id);

        practices.update(id, first.version(), withResources(first.content(), "One archivist."));
        assertRefused(() -> practices.update(id, second.version(), withResources(second.content(), "Two archivists.")),
                "practice.error.conflict");

        assertThat(practices.details(id).content().section(PracticeSection.RESOURCES)).isEqualTo("One archivist.");
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsStored() {
        fixture.as("member");
        int before = practices.mine().size();
        var bad = new PracticeContent(" ", null, null, "Atlantis", null, RecordLanguage.EN, 2020, 2010, null,
                "javascript:alert(1)", null, null, null, null, null, java.util.Map.of(), Set.of("NO_SUCH_THEME"),
                Set.of(18), Set.of());
        assertThatThrownBy(() -> practices.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey()).contains("validation.required",
                        "practice.error.country", "practice.error.years", "practice.error.sdg",
                        "practice.error.website"));
        assertThat(practices.mine()).hasSize(before);
    }

    private static PracticeContent withResources(PracticeContent content, String text) {
        return PracticeFixture.withSection(content, PracticeSection.RESOURCES, text);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
