package org.imcregistry.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.practice.PracticeMap;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchQuery;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.ui.ViewHeader;
import org.imcregistry.ui.map.LeafletMap;
import org.imcregistry.ui.map.MapTiles;

/**
 * The search of good practices on a map: the same URL parameters as the list ({@code /practices/map?q=…&theme=…}),
 * the same facets beside it, every found record at its place, clustered; a marker opens the record. Signed-in people
 * also see the register's partnerships. The list stays the default and the accessible way: the map says how many of
 * the found records it shows and links to the list of them all.
 */
@Route("practices/map")
@AnonymousAllowed
public class PracticesMapView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeSearch search;
    private final PracticeMap places;
    private final PublicLists lists;
    private final boolean signedIn;
    final SearchBox box = new SearchBox();
    final FacetPanel facets = new FacetPanel(this::go);
    final Div note = new Div();
    final LeafletMap map;
    private final SearchViews views = new SearchViews(true);
    private final RouterLink toList = new RouterLink();
    private SearchQuery query = SearchQuery.of("");

    PracticesMapView(PracticeSearch search, PracticeMap places, PublicLists lists, MapTiles tiles,
            CurrentUser currentUser) {
        this.search = search;
        this.places = places;
        this.lists = lists;
        this.signedIn = currentUser.accountId().isPresent();
        this.map = new LeafletMap(tiles, getTranslation("practices.map.label"), getTranslation("map.zoom-in"),
                getTranslation("map.zoom-out"));
        map.addOpenListener(this::open);
        add(new ViewHeader(getTranslation("practices.map.title"), getTranslation("practices.map.lead")), views);
        Button find = box.searchesWith(text -> go(withText(text)));
        HorizontalLayout bar = new HorizontalLayout(box, find);
        bar.addClassName("search-bar");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        note.addClassName("map-note");
        note.getElement().setAttribute("role", "status");
        toList.setText(getTranslation("practices.map.to-list"));
        toList.setRoute(PracticesView.class);
        Div body = new Div(facets, new Div(note, map));
        body.addClassName("search-layout");
        add(bar, body);
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = SearchUrl.read(event.getLocation().getQueryParameters());
        box.setValue(query.text());
        views.follow(query);
        toList.setQueryParameters(SearchUrl.write(new SearchQuery(query.text(), query.filters(), query.order(), 0,
                query.pageSize(), query.acrossLanguages())));
        // The facets and their counts of the whole result; one hit is enough, the map has them all.
        facets.show(search.search(new SearchQuery(query.text(), query.filters(), query.order(), 0, 1,
                query.acrossLanguages())), query,
                new PracticeLabels(lists, getLocale(), this::getTranslation));
        PracticeMap.Records records = places.records(query);
        List<LeafletMap.Layer> layers = new ArrayList<>();
        layers.add(new LeafletMap.Layer(getTranslation("map.layer.practices"), "practice",
                getTranslation("map.cluster.practices", "{0}"), records.markers().stream()
                        .map(m -> new LeafletMap.Marker("practice:" + m.id(),
                                getTranslation("map.marker.practice", m.title(), m.place()), m.latitude(),
                                m.longitude())).toList()));
        note.removeAll();
        Paragraph found = new Paragraph(getTranslation("practices.map.count", records.markers().size(),
                records.found()) + " ");
        if (records.cut()) {
            found.add(getTranslation("practices.map.cut", PracticeMap.LIMIT) + " ");
        }
        if (records.markers().size() < records.found()) {
            found.add(getTranslation("practices.map.unplaced") + " ");
        }
        found.add(toList);
        note.add(found);
        if (signedIn) {
            List<PracticeMap.Marker> partnerships = places.partnerships(query);
            layers.add(new LeafletMap.Layer(getTranslation("map.layer.partnerships"), "partnership",
                    getTranslation("map.cluster.partnerships", "{0}"), partnerships.stream()
                            .map(m -> new LeafletMap.Marker("partnership:" + m.id(),
                                    getTranslation("map.marker.partnership", m.title(), m.place()), m.latitude(),
                                    m.longitude())).toList()));
            note.add(new Paragraph(getTranslation("practices.map.partnerships", partnerships.size())));
        }
        map.show(layers);
    }

    /** A marker was opened: the record's page, or the partnership's. */
    private void open(String key) {
        String[] kind = key.split(":", 2);
        getUI().ifPresent(ui -> {
            if (kind[0].equals("practice")) {
                ui.navigate(PracticeView.class, new RouteParameters("id", kind[1]));
            } else {
                ui.navigate("partnerships/" + kind[1]);
            }
        });
    }

    private SearchQuery withText(String text) {
        return new SearchQuery(text, query.filters(), query.order(), 0, query.pageSize(), query.acrossLanguages());
    }

    void go(SearchQuery next) {
        getUI().ifPresent(ui -> ui.navigate(PracticesMapView.class, SearchUrl.write(new SearchQuery(next.text(),
                next.filters(), next.order(), 0, next.pageSize(), next.acrossLanguages()))));
    }

    @Override
    public String getPageTitle() {
        return query.text().isBlank() ? getTranslation("practices.map.title")
                : getTranslation("practices.map.title.query", query.text());
    }
}
