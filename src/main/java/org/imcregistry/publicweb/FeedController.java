package org.imcregistry.publicweb;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.practice.PublishedRecords;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchParameters;
import org.imcregistry.search.SearchQuery;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /feed.atom}: the newest public records, or the newest of a search, since the feed reads the search page's
 * parameters ({@code q}, {@code theme}, {@code sdg}, {@code country}, {@code language}, {@code year}, {@code form}).
 * Newest first whatever {@code sort} says: a feed tells what is new.
 */
@Controller
class FeedController {

    static final int ENTRIES = 50;

    private final PracticeSearch search;
    private final PublishedRecords records;
    private final PublicLists vocabulary;
    private final PublicLinks links;
    private final Clock clock;

    FeedController(PracticeSearch search, PublishedRecords records, PublicLists vocabulary, PublicLinks links,
            Clock clock) {
        this.search = search;
        this.records = records;
        this.vocabulary = vocabulary;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/feed.atom")
    void feed(@RequestParam MultiValueMap<String, String> parameters, Locale visitor, HttpServletResponse response)
            throws IOException, XMLStreamException {
        SearchQuery read = SearchParameters.read(parameters, ENTRIES);
        SearchQuery query = new SearchQuery(read.text(), read.filters(), SearchQuery.Order.NEWEST, 0, ENTRIES);
        List<SearchPage.Hit> hits = search.search(query).hits();
        Labels labels = new Labels(vocabulary.practiceThemes(), visitor);
        Map<Long, SearchPage.Hit> byId = hits.stream().collect(Collectors.toMap(SearchPage.Hit::id,
                Function.identity()));
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (PublishedRecords.Summary record : records.summaries(hits.stream().map(SearchPage.Hit::id).toList())) {
            entries.add(new AtomFeed.Entry(record, links.practice(record.id()).toString(),
                    AtomFeed.categories(byId.get(record.id()), labels)));
        }
        String asked = queryString(new SearchQuery(query.text(), query.filters(), SearchQuery.Order.RELEVANCE, 0,
                ENTRIES));
        AtomFeed.Head head = new AtomFeed.Head(title(query, labels), links.path("feed.atom" + asked).toString(),
                links.path("practices" + asked).toString(), labels.text("app.name"), visitor.toLanguageTag(),
                clock.instant());
        response.setContentType("application/atom+xml;charset=UTF-8");
        PracticeListsController.varyByLanguage(response);
        AtomFeed.write(response.getOutputStream(), head, entries);
    }

    private static String title(SearchQuery query, Labels labels) {
        if (!query.text().isBlank()) {
            return labels.text("public.feed.title.search", query.text());
        }
        return labels.text(query.filters().isEmpty() ? "public.feed.title" : "public.feed.title.filtered");
    }

    /** The search as a query string in a fixed order, so that one search always has one feed address. */
    private static String queryString(SearchQuery query) {
        String joined = SearchParameters.write(query).entrySet().stream()
                .flatMap(p -> p.getValue().stream().map(v -> encode(p.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return joined.isEmpty() ? "" : "?" + joined;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
