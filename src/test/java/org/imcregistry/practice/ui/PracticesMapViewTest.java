package org.imcregistry.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.imcregistry.ui.map.LeafletMap;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The map view as people meet it: the list's URL parameters and facets, the demo's records at their places, the
 * partnerships for signed-in people only, and "List | Map" keeping the search.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class PracticesMapViewTest extends BrowserlessTestSupport {

    @Autowired
    PracticeSearch search;

    @Test
    void aVisitorSeesTheFoundRecordsAtTheirPlacesAndATickedFacetNarrowsTheMap() {
        UI.getCurrent().navigate("practices/map", QueryParameters.fromString("q=kommune"));
        PracticesMapView view = (PracticesMapView) getCurrentView();
        assertThat(view.box.getValue()).isEqualTo("kommune");
        assertThat(view.map.layers()).extracting(LeafletMap.Layer::style).as("no partnerships for visitors")
                .containsExactly("practice");
        List<String> titles = titles(view, "practice");
        // Gol and Stryn are on the map; the climate plan of Steinkjer, not in the demo register, is found but has no place
        assertThat(titles).hasSize(2).anySatisfy(t -> assertThat(t).endsWith("(Gol)"))
                .anySatisfy(t -> assertThat(t).endsWith("(Stryn)"));
        // Other tests of this shared context may have published records that mention "kommune" too: count what the
        // list finds rather than assume the demo's three.
        long found = search.search(new SearchQuery("kommune", java.util.Map.of(), SearchQuery.Order.RELEVANCE, 0, 10))
                .total();
        assertThat(found).isGreaterThanOrEqualTo(3);
        assertThat(view.note.getElement().getTextRecursively())
                .contains("Practices found: " + found + ". On the map: 2.");

        Checkbox transport = $(Checkbox.class).withCaption("Public transport (1)").single();
        test(transport).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("practices/map?q=kommune&theme=PUBLIC_TRANSPORT");
        PracticesMapView narrowed = (PracticesMapView) getCurrentView();
        assertThat(titles(narrowed, "practice")).singleElement().satisfies(t -> assertThat(t).endsWith("(Gol)"));

        RouterLink list = $(RouterLink.class).withText("List").single();
        assertThat(list.getHref()).isEqualTo("practices?q=kommune&theme=PUBLIC_TRANSPORT");
    }

    @Test
    void aRecordWithoutAPlaceIsCountedAndTheListIsOffered() {
        UI.getCurrent().navigate("practices/map", QueryParameters.fromString("q=klimaplan&country=NO"));
        PracticesMapView view = (PracticesMapView) getCurrentView();
        assertThat(titles(view, "practice")).isEmpty();
        assertThat(view.note.getElement().getTextRecursively()).contains("Practices found: 1. On the map: 0.",
                "is in the list only", "See every practice found as a list");
        assertThat($(RouterLink.class).withText("See every practice found as a list").single().getHref())
                .isEqualTo("practices?q=klimaplan&country=NO");
    }

    @Test
    @WithUserDetails("member")
    void aSignedInPersonAlsoSeesThePartnershipsOfTheCountriesFilteredFor() {
        UI.getCurrent().navigate("practices/map", QueryParameters.fromString("country=PL"));
        PracticesMapView view = (PracticesMapView) getCurrentView();
        assertThat(view.map.layers()).extracting(LeafletMap.Layer::style).containsExactly("practice", "partnership");
        assertThat(titles(view, "partnership")).contains("Partnership Stowarzyszenie Metropolia Krakowska (Kraków)")
                .noneSatisfy(t -> assertThat(t).contains("Sogn"));
        assertThat(view.note.getElement().getTextRecursively()).contains("active partnerships of the register");
    }

    @Test
    void theListOffersTheMapOfTheSameSearch() {
        UI.getCurrent().navigate("practices", QueryParameters.fromString("q=kommune&sort=newest&page=2"));
        RouterLink map = $(RouterLink.class).withText("Map").single();
        assertThat(map.getHref()).isEqualTo("practices/map?q=kommune&sort=newest");
        assertThat($(RouterLink.class).withText("List").single().getElement().getAttribute("aria-current"))
                .isEqualTo("page");
    }

    private static List<String> titles(PracticesMapView view, String style) {
        return view.map.layers().stream().filter(l -> l.style().equals(style)).flatMap(l -> l.markers().stream())
                .map(LeafletMap.Marker::title).toList();
    }
}
