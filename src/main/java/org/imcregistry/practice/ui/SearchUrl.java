package org.imcregistry.practice.ui;

import com.vaadin.flow.router.QueryParameters;
import org.imcregistry.search.SearchParameters;
import org.imcregistry.search.SearchQuery;

/** A search as the URL of the search view and back ({@link SearchParameters}: the public feed reads the same). */
final class SearchUrl {

    private SearchUrl() {
    }

    static SearchQuery read(QueryParameters parameters) {
        return SearchParameters.read(parameters.getParameters(), SearchQuery.DEFAULT_PAGE_SIZE);
    }

    static QueryParameters write(SearchQuery query) {
        return new QueryParameters(SearchParameters.write(query));
    }
}
