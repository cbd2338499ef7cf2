package org.imcregistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word forms per language: Norwegian definite and plural forms both ways and compounds, Polish cases (also those
 * Stempel misreads, and words typed without diacritics), English plurals and possessives. The baseline analysis
 * misses the compounds, so the test shows what the new one adds.
 */
class WordFormsTest {

    @Test
    void norwegianDefiniteAndPluralFormsMatchBothWays(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.IMPROVED)) {
            long definite = small.add("nb", "Barnevernet i dalen", "Kommunene deler barnevernet og vannverket.");
            long indefinite = small.add("nb", "Et felles barnevern", "Hver kommune har et vannverk og en legevakt.");
            PracticeSearch search = small.open();
            assertThat(SmallIndex.ids(search, SearchQuery.of("barnevern"))).containsExactlyInAnyOrder(definite, indefinite);
            assertThat(SmallIndex.ids(search, SearchQuery.of("barnevernet"))).containsExactlyInAnyOrder(definite, indefinite);
            assertThat(SmallIndex.ids(search, SearchQuery.of("vannverkene"))).containsExactlyInAnyOrder(definite, indefinite);
            assertThat(SmallIndex.ids(search, SearchQuery.of("kommunen"))).containsExactlyInAnyOrder(definite, indefinite);
            assertThat(SmallIndex.ids(search, SearchQuery.of("legevakten"))).containsExactly(indefinite);
        }
    }

    @Test
    void theFirstPartOfANorwegianCompoundFindsItBelowTheWordItself(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.IMPROVED)) {
            long compound = small.add("nb", "Interkommunalt selskap", "Kommunene eier et avfallsselskap sammen.");
            long exact = small.add("nb", "Innsamling", "Kommunene samler inn avfall sammen.");
            small.add("nb", "Bibliotek", "Kommunene deler et bibliotek.");
            PracticeSearch search = small.open();
            assertThat(SmallIndex.ids(search, SearchQuery.of("avfall"))).containsExactly(exact, compound);
            assertThat(SmallIndex.ids(search, SearchQuery.of("avfallet"))).containsExactly(exact, compound);
            assertThat(SmallIndex.ids(search, SearchQuery.of("selskap"))).contains(compound);
        }
    }

    @Test
    void aCompoundInTheQueryNeedsItsPartsTogetherNotAnyOfThem(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.IMPROVED)) {
            long plan = small.add("nb", "Felles klimaplan", "Kommunene har en klimaplan.");
            long inOneWord = small.add("nb", "Planer", "Kommunene skrev klimaplanene sammen.");
            small.add("nb", "Klima i planene", "Kommunene tar klimaet inn i arealplanene.");
            small.add("nb", "Barnevern", "Kommunene planlegger barnevernet sammen.");
            PracticeSearch search = small.open();
            // the parts in one word of the record, not scattered over two (as "Vestfjord" in Vestland and Nordfjord)
            assertThat(SmallIndex.ids(search, SearchQuery.of("klimaplanen"))).containsExactlyInAnyOrder(plan,
                    inOneWord);
            assertThat(SmallIndex.ids(search, SearchQuery.of("quillfjord"))).as("one known part").isEmpty();
        }
    }

    @Test
    void theBaselineAnalysisDoesNotSplitCompounds(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.BASELINE)) {
            small.add("nb", "Interkommunalt selskap", "Kommunene eier et avfallsselskap sammen.");
            long exact = small.add("nb", "Innsamling", "Kommunene samler inn avfall sammen.");
            PracticeSearch search = small.open();
            assertThat(SmallIndex.ids(search, SearchQuery.of("avfall"))).containsExactly(exact);
        }
    }

    @Test
    void polishCaseFormsAndWordsWithoutDiacriticsMeet(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.IMPROVED)) {
            long guard = small.add("pl", "Wspólna straż gminna", "Gminy prowadzą wspólną straż gminną.");
            long waste = small.add("pl", "Gospodarka odpadami", "Związek gmin odbiera odpady komunalne i prowadzi wodociągi.");
            PracticeSearch search = small.open();
            assertThat(SmallIndex.ids(search, SearchQuery.of("straży gminnej"))).containsExactly(guard);
            assertThat(SmallIndex.ids(search, SearchQuery.of("strażach"))).containsExactly(guard);
            assertThat(SmallIndex.ids(search, SearchQuery.of("gospodarki odpadów"))).containsExactly(waste);
            assertThat(SmallIndex.ids(search, SearchQuery.of("wodociagow"))).containsExactly(waste);
        }
    }

    @Test
    void englishPluralsPossessivesAndStopWordsOfOtherLanguages(@TempDir Path dir) {
        try (SmallIndex small = new SmallIndex(dir, SearchAnalysis.IMPROVED)) {
            long shelter = small.add("en", "The council's animal shelter", "A shelter for stray dogs and cats.");
            PracticeSearch search = small.open();
            assertThat(SmallIndex.ids(search, SearchQuery.of("councils shelters"))).containsExactly(shelter);
            assertThat(SmallIndex.ids(search, SearchQuery.of("council's dog"))).containsExactly(shelter);
            // "for" is a word in Polish fields: it must not be required there
            assertThat(SmallIndex.ids(search, SearchQuery.of("shelters for dogs"))).containsExactly(shelter);
        }
    }
}
