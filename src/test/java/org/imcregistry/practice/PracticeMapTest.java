package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipRow;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.search.Facet;
import org.imcregistry.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The map shows what the search finds: the same words and filters give the same records, each at its municipality or
 * its partnership's, and the register's partnerships only to those signed in.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class PracticeMapTest {

    @Autowired
    PracticeFixture fixture;
    @Autowired
    PracticeMap map;
    @Autowired
    Practices practices;
    @Autowired
    MunicipalityDirectory municipalities;
    @Autowired
    PartnershipRegister register;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void theMarkersAreThoseOfTheSearchsRecordsWhateverItIsFilteredBy() {
        fixture.as("editor");
        long gjovik = municipalities.byReference("NO:3407").orElseThrow().id();
        long krakowAssociation = register.find(new RegisterFilter("Metropolia Krakowska", null, null, null, null,
                null), 0, 1).stream().map(PartnershipRow::id).findFirst().orElseThrow();
        long waste = fixture.published(placed("Quillfjord waste sorting", "NO", "WASTE", null, Set.of(gjovik)));
        long school = fixture.published(placed("Quillfjord school meals", "PL", "EDUCATION", krakowAssociation,
                Set.of()));
        fixture.published(placed("Quillfjord somewhere", "NO", "WASTE", null, Set.of()));
        fixture.as("member");
        practices.create(placed("Quillfjord draft", "NO", "WASTE", null, Set.of(gjovik)));
        fixture.anonymous();

        PracticeMap.Records all = map.records(SearchQuery.of("quillfjord"));
        assertThat(all.found()).as("the draft is not found, the record without a place is").isEqualTo(3);
        assertThat(all.cut()).isFalse();
        assertThat(all.markers()).extracting(PracticeMap.Marker::id).containsExactlyInAnyOrder(waste, school);
        assertThat(all.markers()).filteredOn(m -> m.id() == waste).singleElement().satisfies(m -> {
            assertThat(m.place()).isEqualTo("Gjøvik");
            assertThat(m.latitude()).isEqualTo(60.7957);
            assertThat(m.longitude()).isEqualTo(10.6915);
        });
        assertThat(all.markers()).filteredOn(m -> m.id() == school).singleElement()
                .satisfies(m -> assertThat(m.place()).as("the partnership's lead").isEqualTo("Kraków"));

        assertThat(map.records(filtered("quillfjord", Facet.COUNTRY, "PL")).markers())
                .extracting(PracticeMap.Marker::id).containsExactly(school);
        PracticeMap.Records wasteOnly = map.records(filtered("quillfjord", Facet.THEME, "WASTE"));
        assertThat(wasteOnly.found()).isEqualTo(2);
        assertThat(wasteOnly.markers()).extracting(PracticeMap.Marker::id).containsExactly(waste);
        assertThat(map.records(filtered("quillfjord", Facet.THEME, "TOURISM_CULTURE")).markers()).isEmpty();
        assertThat(map.records(SearchQuery.of("quillfjord meals")).markers()).extracting(PracticeMap.Marker::id)
                .containsExactly(school);
    }

    @Test
    void partnershipsAreShownToSignedInPeopleOnlyAndFollowTheCountryAndFormFilters() {
        // a visitor, as the app's filter chain signs them in: anonymous
        securityContext.getContext().setAuthentication(new AnonymousAuthenticationToken("map-test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> map.partnerships(SearchQuery.of(""))).isInstanceOf(AccessDeniedException.class);
        assertThat(map.records(SearchQuery.of("")).markers()).as("records are for everyone").isNotEmpty();

        fixture.as("member");
        assertThat(map.partnerships(SearchQuery.of(""))).extracting(PracticeMap.Marker::title)
                .contains("Sogn regionråd", "BIR AS", "Stowarzyszenie Metropolia Krakowska")
                .as("dissolved").doesNotContain("Barnevernstenesta i Lærdal og Årdal");
        assertThat(map.partnerships(SearchQuery.of(""))).filteredOn(m -> m.title().equals("BIR AS")).singleElement()
                .satisfies(m -> assertThat(m.place()).as("its lead municipality").isEqualTo("Bergen"));
        assertThat(map.partnerships(filtered("", Facet.COUNTRY, "PL"))).extracting(PracticeMap.Marker::title)
                .contains("Stowarzyszenie Metropolia Krakowska").doesNotContain("Sogn regionråd", "BIR AS");
        // other tests of the shared context register IKS partnerships of their own: the demo's must be among them
        assertThat(map.partnerships(filtered("", Facet.FORM, "NO_IKS"))).extracting(PracticeMap.Marker::title)
                .contains("Sogn brann og redning IKS").doesNotContain("Sogn regionråd", "BIR AS",
                        "Stowarzyszenie Metropolia Krakowska");
    }

    private static SearchQuery filtered(String text, Facet facet, String value) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.put(facet, Set.of(value));
        return new SearchQuery(text, filters, SearchQuery.Order.RELEVANCE, 0, SearchQuery.DEFAULT_PAGE_SIZE);
    }

    private static PracticeContent placed(String title, String country, String theme, Long partnership,
            Set<Long> municipalities) {
        PracticeContent c = PracticeFixture.content(title, RecordLanguage.EN, title + ".", Set.of(theme), Set.of(11),
                country, 2021);
        return new PracticeContent(c.title(), c.place(), c.region(), c.country(), c.keywords(), c.language(),
                c.startYear(), c.endYear(), partnership, c.website(), c.contact(), c.contributor(), c.researcher(),
                c.documented(), c.photoCredits(), c.sections(), c.themes(), c.sdgs(), municipalities);
    }
}
