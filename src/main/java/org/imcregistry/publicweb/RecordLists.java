package org.imcregistry.publicweb;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.imcregistry.common.IsoTimes;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.practice.PublishedRecords;
import org.imcregistry.practice.TextBlocks;
import org.imcregistry.search.Facet;
import org.imcregistry.search.FacetValues;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The public lists, newest first, a page at a time: which records come from the search index (only public records
 * are in it), what they show from the database. Paging is by links, so a crawler reaches every record; 50 a page
 * unless {@code imc.public-web.page-size} says otherwise.
 */
@Component
class RecordLists {

    private final PracticeSearch search;
    private final FacetValues facetValues;
    private final PublishedRecords records;
    private final PublicLinks links;
    private final int pageSize;

    RecordLists(PracticeSearch search, FacetValues facetValues, PublishedRecords records, PublicLinks links,
            @Value("${imc.public-web.page-size:50}") int pageSize) {
        this.search = search;
        this.facetValues = facetValues;
        this.records = records;
        this.links = links;
        // The search returns at most 100 a page.
        this.pageSize = Math.clamp(pageSize, 1, 100);
    }

    /**
     * Page {@code page} (from 1) of the records that have {@code value} of {@code facet}, or of all records when
     * {@code facet} is null; a page past the end is not found (the first page of an empty list is there, empty).
     */
    RecordList page(@Nullable Facet facet, @Nullable String value, int page, String path, String heading, Labels labels) {
        if (page < 1) {
            throw new NotPublic();
        }
        Map<Facet, Set<String>> filter = facet == null ? Map.of() : Map.of(facet, Set.of(value));
        SearchPage found = search.search(new SearchQuery("", filter, SearchQuery.Order.NEWEST, page - 1, pageSize));
        if (page > 1 && found.hits().isEmpty()) {
            throw new NotPublic();
        }
        int pages = (int) Math.max(1, (found.total() + pageSize - 1) / pageSize);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale())
                .withZone(ZoneOffset.UTC);
        List<RecordList.Item> items = new ArrayList<>();
        for (PublishedRecords.Summary s : records.summaries(found.hits().stream().map(SearchPage.Hit::id).toList())) {
            items.add(new RecordList.Item(PublicLinks.PRACTICE_PAGES + "/" + s.id(), s.title(),
                    Labels.tag(s.language()), s.place(), labels.country(s.country()),
                    s.introduction() == null ? null : TextBlocks.opening(s.introduction(), 280),
                    IsoTimes.ofNullable(s.publishedAt()), s.publishedAt() == null ? null : date.format(s.publishedAt())));
        }
        return new RecordList(heading, links.path(path + (page > 1 ? "?page=" + page : "")).toString(), items,
                found.total(), page, pages, page > 1 ? pageLink(path, page - 1) : null,
                page < pages ? pageLink(path, page + 1) : null);
    }

    /** Every value of {@code facet} that public records have, named in the visitor's language, in {@code order}. */
    List<RecordList.Value> values(Facet facet, String path, Function<String, String> label,
            Comparator<SearchPage.FacetCount> order) {
        return facetValues.of(facet).stream().sorted(order).map(v -> new RecordList.Value(label.apply(v.value()),
                path + "/" + v.value(), v.count())).toList();
    }

    private static String pageLink(String path, int page) {
        return page == 1 ? path : path + "?page=" + page;
    }
}
