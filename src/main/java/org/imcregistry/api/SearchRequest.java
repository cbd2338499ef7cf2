package org.imcregistry.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.imcregistry.search.Facet;
import org.imcregistry.search.SearchParameters;
import org.imcregistry.search.SearchQuery;

/**
 * The API's search parameters, read strictly: the search view forgives a hand-edited address, but a program that
 * sends {@code page=-1} or a misspelt filter should hear so, with the parameter named, rather than get the first page
 * of everything. What passes is handed to {@link SearchParameters}, so the API searches exactly as the app does.
 */
final class SearchRequest {

    /** As many as the app's search page shows. */
    static final int DEFAULT_SIZE = SearchQuery.DEFAULT_PAGE_SIZE;
    static final int MAX_SIZE = 100;
    /** The deepest a client may page; beyond it the dump has every record, at a fraction of the cost. */
    static final int MAX_DEPTH = 10_000;
    static final int MAX_QUERY = 1000;
    private static final int MAX_VALUES = 50;
    private static final int MAX_VALUE_LENGTH = 100;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,100}");
    private static final Set<String> LANGUAGES = Set.of("en", "nb", "pl", "other");

    private SearchRequest() {
    }

    /** The names a search takes: the words, order and paging, then one per facet. */
    static List<String> parameterNames() {
        List<String> names = new ArrayList<>(List.of("q", "sort", "page", "size"));
        for (Facet facet : Facet.values()) {
            names.add(facet.parameter());
        }
        return names;
    }

    static SearchQuery read(Map<String, List<String>> parameters) {
        List<String> known = parameterNames();
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                throw ApiException.badParameter(name, "api.problem.parameter.unknown", name, String.join(", ", known));
            }
        }
        String q = single(parameters, "q", "");
        if (q.length() > MAX_QUERY) {
            throw ApiException.badParameter("q", "api.problem.parameter.query-length", MAX_QUERY);
        }
        String sort = single(parameters, "sort", "relevance");
        if (!sort.equals("relevance") && !sort.equals("newest")) {
            throw ApiException.badParameter("sort", "api.problem.parameter.sort", sort);
        }
        int page = number(parameters, "page", 1, 1, Integer.MAX_VALUE);
        int size = number(parameters, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        if ((long) page * size > MAX_DEPTH) {
            throw ApiException.badParameter("page", "api.problem.parameter.depth", MAX_DEPTH);
        }
        Map<String, List<String>> checked = new LinkedHashMap<>();
        checked.put("q", List.of(q));
        checked.put("sort", List.of(sort));
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of());
            if (values.size() > MAX_VALUES) {
                throw ApiException.badParameter(facet.parameter(), "api.problem.parameter.values", facet.parameter(),
                        MAX_VALUES);
            }
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values) {
                kept.add(value(facet, value == null ? "" : value.strip()));
            }
            checked.put(facet.parameter(), new ArrayList<>(kept));
        }
        SearchQuery read = SearchParameters.read(checked, size);
        // The page is set here: SearchParameters stops at page 1,000, which a small page size reaches before 10,000.
        return new SearchQuery(read.text(), read.filters(), read.order(), page - 1, size);
    }

    /** A facet value as the index holds it, or a refusal that says what the facet takes. */
    private static String value(Facet facet, String value) {
        String name = facet.parameter();
        if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            throw ApiException.badParameter(name, "api.problem.parameter.value", name, value);
        }
        boolean fits = switch (facet) {
            case SDG -> value.matches("\\d{1,2}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 17;
            case YEAR -> value.matches("\\d{4}");
            case COUNTRY -> COUNTRY.matcher(value.toUpperCase(Locale.ROOT)).matches();
            case LANGUAGE -> LANGUAGES.contains(value.toLowerCase(Locale.ROOT));
            case THEME, FORM -> CODE.matcher(value.toUpperCase(Locale.ROOT)).matches();
        };
        if (!fits) {
            throw ApiException.badParameter(name, "api.problem.parameter." + name, value);
        }
        return switch (facet) {
            case SDG -> String.valueOf(Integer.parseInt(value));
            case LANGUAGE -> value.toLowerCase(Locale.ROOT);
            case YEAR -> value;
            case COUNTRY, THEME, FORM -> value.toUpperCase(Locale.ROOT);
        };
    }

    private static String single(Map<String, List<String>> parameters, String name, String absent) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return absent;
        }
        if (values.size() > 1) {
            throw ApiException.badParameter(name, "api.problem.parameter.repeated", name);
        }
        return values.getFirst() == null ? absent : values.getFirst().strip();
    }

    private static int number(Map<String, List<String>> parameters, String name, int absent, int min, int max) {
        String text = single(parameters, name, "");
        if (text.isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range it must be in
        }
        throw ApiException.badParameter(name, max == Integer.MAX_VALUE ? "api.problem.parameter.positive"
                : "api.problem.parameter.range", name, text, min, max);
    }
}
