package org.imcregistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concepts across languages through the glossary (and its switch), "did you mean" from the index's own words, and
 * type-ahead of titles and places.
 */
class ConceptsAndSuggestionsTest {

    @Test
    void aTermFindsTheConceptInTheOtherLanguagesBelowTheQuerysOwnWords(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.IMPROVED)) {
            long norwegian = small.add("nb", "Felles avfallshåndtering", "Kommunene samordner avfallshåndteringen.");
            long polish = small.add("pl", "Związek gmin", "Wspólna gospodarka odpadami w regionie.");
            long english = small.add("en", "Joint waste management", "Councils share waste management.");
            small.add("en", "Shared libraries", "Councils share libraries.");
            PracticeSearch search = small.open();

            SearchPage page = search.search(SearchQuery.of("waste management"));
            List<Long> ids = page.hits().stream().map(SearchPage.Hit::id).toList();
            assertThat(ids).hasSize(3).startsWith(english).contains(norwegian, polish);
            Map<Long, SearchPage.Hit> byId = page.hits().stream()
                    .collect(java.util.stream.Collectors.toMap(SearchPage.Hit::id, h -> h));
            assertThat(byId.get(english).matchedThrough()).isEmpty();
            assertThat(byId.get(norwegian).matchedThrough()).contains("avfallshåndtering");
            assertThat(byId.get(norwegian).language()).isEqualTo("nb");
            assertThat(byId.get(polish).matchedThrough()).contains("gospodarka odpadami");

            assertThat(SmallIndex.ids(search, SearchQuery.of("avfallshåndtering"))).startsWith(norwegian)
                    .contains(english, polish);
            assertThat(SmallIndex.ids(search, SearchQuery.of("gospodarki odpadami"))).startsWith(polish)
                    .contains(english, norwegian);
        }
    }

    @Test
    void theSwitchTurnsTheExpansionOffAndTheUrlKeepsIt(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.IMPROVED)) {
            small.add("nb", "Felles avfallshåndtering", "Kommunene samordner avfallshåndteringen.");
            long english = small.add("en", "Joint waste management", "Councils share waste management.");
            PracticeSearch search = small.open();
            SearchQuery off = SearchQuery.of("waste management").acrossLanguages(false);
            assertThat(SmallIndex.ids(search, off)).containsExactly(english);

            Map<String, List<String>> url = SearchParameters.write(off);
            assertThat(url).containsEntry("across", List.of("off"));
            assertThat(SearchParameters.read(url, 10).acrossLanguages()).isFalse();
            assertThat(SearchParameters.read(Map.of("q", List.of("x")), 10).acrossLanguages()).isTrue();
            assertThat(SearchParameters.write(SearchQuery.of("x"))).doesNotContainKey("across");
        }
    }

    @Test
    void aMisspeltQueryGetsASpellingThatFindsRecords(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.IMPROVED)) {
            long telecare = small.add("en", "Telecare for older people", "Municipalities run telecare together.");
            long nb = small.add("nb", "Felles legevakt", "Kommunene driver en legevakt.");
            long pl = small.add("pl", "Rewitalizacja centrów miast", "Gminy prowadzą rewitalizację.");
            PracticeSearch search = small.open();

            SearchPage typo = search.search(SearchQuery.of("telecaer"));
            assertThat(typo.total()).isZero();
            assertThat(typo.suggestion()).isEqualTo("telecare");
            assertThat(SmallIndex.ids(search, SearchQuery.of(typo.suggestion()))).containsExactly(telecare);
            assertThat(search.search(SearchQuery.of("legevkt")).suggestion()).isEqualTo("legevakt");
            assertThat(search.search(SearchQuery.of("rewitalizajca")).suggestion()).isEqualTo("rewitalizacja");
            assertThat(SmallIndex.ids(search, SearchQuery.of("rewitalizacja"))).containsExactly(pl);

            assertThat(search.search(SearchQuery.of("telecare")).suggestion()).isNull();
            assertThat(search.search(SearchQuery.of("zzzzqqq")).suggestion()).isNull();
            assertThat(nb).isPositive();
        }
    }

    @Test
    void typeAheadOffersTitlesAndPlacesThatStartWithTheWords(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.IMPROVED)) {
            small.add("nb", "Felles barneverntjeneste i Namdal", "Kommunene deler barnevernet.");
            small.add("nb", "Felles brannvesen", "Kommunene deler brannvesenet.");
            PracticeSearch search = small.open();
            assertThat(search.complete("felles barn", 8)).containsExactly("Felles barneverntjeneste i Namdal");
            assertThat(search.complete("Fel", 8)).hasSize(2);
            assertThat(search.complete("place 2", 8)).containsExactly("Place 2");
            assertThat(search.complete("x", 8)).isEmpty();
        }
    }
}
