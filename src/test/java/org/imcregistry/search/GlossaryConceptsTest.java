package org.imcregistry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.RecordLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Editors add glossary concepts in the app; the search widens with them at once; others may not change them. */
@IntegrationTest
@Import(PracticeFixture.class)
class GlossaryConceptsTest {

    @Autowired
    PracticeFixture fixture;
    @Autowired
    GlossaryConcepts glossary;
    @Autowired
    PracticeSearch search;

    @AfterEach
    void cleanUp() {
        fixture.as("editor");
        glossary.entries().forEach(e -> glossary.delete(e.id()));
        fixture.anonymous();
    }

    @Test
    void anEditorsConceptFindsRecordsInTheOtherLanguage() {
        long norwegian = fixture.published(PracticeFixture.content("Felles gluvrefjøl", RecordLanguage.NB,
                "Kommunene deler gluvrefjøl.", Set.of(), Set.of(), "NO", 2020));
        assertThat(search.search(SearchQuery.of("quarbling")).hits()).isEmpty();

        fixture.as("editor");
        glossary.save(null, "quarbling", "gluvrefjøl", "", null);
        assertThat(glossary.entries()).extracting(GlossaryConcepts.Entry::en).containsExactly("quarbling");
        SearchPage page = search.search(SearchQuery.of("quarbling"));
        assertThat(page.hits()).extracting(SearchPage.Hit::id).containsExactly(norwegian);
        assertThat(page.hits().getFirst().matchedThrough()).containsExactly("gluvrefjøl");

        glossary.delete(glossary.entries().getFirst().id());
        assertThat(search.search(SearchQuery.of("quarbling")).hits()).isEmpty();
    }

    @Test
    void aConceptNeedsTwoLanguagesAndOnlyEditorsChangeTheGlossary() {
        fixture.as("editor");
        assertThatThrownBy(() -> glossary.save(null, "only english", "", "", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> glossary.save(null, "a;b", "c", "", null)).isInstanceOf(InvalidInputException.class);
        assertThat(glossary.entries()).isEmpty();

        fixture.as("member");
        assertThatThrownBy(() -> glossary.save(null, "x", "y", "z", null)).isInstanceOf(AccessDeniedException.class);
        fixture.anonymous();
        assertThatThrownBy(() -> glossary.entries()).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
