package org.imcregistry.api;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imcregistry.common.IsoTimes;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.practice.PublishedRecords;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchParameters;
import org.imcregistry.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/practices}: the search the app's search view runs, and one whole record. */
@RestController
@RequestMapping(value = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Good practices", description = "Published good practices of inter-municipal cooperation.")
@ApiResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After.",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class PracticesApi {

    /** Public data, the same for everyone: shared caches may keep it a minute, then ask again with the ETag. */
    static final String CACHE = "public, max-age=60";

    private final PracticeSearch search;
    private final PublishedRecords records;
    private final ApiRecords json;
    private final PublicLinks links;

    PracticesApi(PracticeSearch search, PublishedRecords records, ApiRecords json, PublicLinks links) {
        this.search = search;
        this.records = records;
        this.json = json;
        this.links = links;
    }

    @GetMapping("/practices")
    @Operation(summary = "Search the published good practices",
            description = "The app's search: all words must occur; \"exact phrase\"; -exclude; OR; stem*. Filters "
                    + "of one facet are alternatives (theme=A&theme=B), filters of different facets all apply. "
                    + "Without words, newest first. Facet counts cover the whole result.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words in the app's query syntax (at most 1,000 "
            + "characters).", example = "kommune", schema = @Schema(type = "string"))
    @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"relevance", "newest"}))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 1; page × size at most 10,000 (the dump "
            + "has every record).", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
    @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1",
            maximum = "100", defaultValue = "10"))
    @Parameter(name = "theme", in = ParameterIn.QUERY, description = "Theme code, e.g. PUBLIC_TRANSPORT.",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "sdg", in = ParameterIn.QUERY, description = "Sustainable Development Goal, 1–17.",
            array = @ArraySchema(schema = @Schema(type = "integer", minimum = "1", maximum = "17")))
    @Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 alpha-2, e.g. NO.",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "language", in = ParameterIn.QUERY, description = "The record's language.",
            array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {"en", "nb", "pl", "other"})))
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "Start year.",
            array = @ArraySchema(schema = @Schema(type = "integer")))
    @Parameter(name = "form", in = ParameterIn.QUERY, description = "Legal form code of the partnership, e.g. NO_IKS.",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "One page of results with the facet counts.")
    @ApiResponse(responseCode = "400", description = "A parameter the API cannot read; the problem names it.",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    SearchJson search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response) {
        SearchQuery query = SearchRequest.read(parameters);
        SearchPage found = search.search(query);
        // What the index found, as the database has it now: a record held back since it was indexed is left out.
        Map<Long, PublishedRecords.Summary> summaries = records.summaries(found.hits().stream()
                .map(SearchPage.Hit::id).toList()).stream()
                .collect(Collectors.toMap(PublishedRecords.Summary::id, Function.identity()));
        List<SearchJson.Item> items = new ArrayList<>();
        for (SearchPage.Hit hit : found.hits()) {
            PublishedRecords.Summary summary = summaries.get(hit.id());
            if (summary != null) {
                items.add(item(hit, summary));
            }
        }
        Map<String, List<SearchJson.FacetValue>> facets = new LinkedHashMap<>();
        found.facets().forEach((facet, values) -> facets.put(facet.parameter(), values.stream()
                .map(v -> new SearchJson.FacetValue(v.value(), v.count())).toList()));
        int pages = (int) Math.max(1, (found.total() + query.pageSize() - 1) / query.pageSize());
        int page = query.page() + 1;
        response.setHeader("Cache-Control", CACHE);
        return new SearchJson(found.total(), page, query.pageSize(), pages, items, facets, found.truncated(),
                new SearchJson.Links(pageLink(query, page), page < pages ? pageLink(query, page + 1) : null,
                        page > 1 ? pageLink(query, Math.min(page - 1, pages)) : null));
    }

    @GetMapping("/practices/{id:\\d{1,18}}")
    @Operation(summary = "One published good practice, whole",
            description = "Every field and section, themes, goals, period, partnership, awards and licence. A draft's, "
                    + "a rejected or a held record's id answers 404, as an unknown one does.")
    @ApiResponse(responseCode = "200", description = "The record.")
    @ApiResponse(responseCode = "404", description = "No public record with this id.",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    RecordJson record(@PathVariable long id, HttpServletResponse response) {
        RecordJson record = json.one(records.find(id).orElseThrow(ApiException::notFound));
        response.setHeader("Cache-Control", CACHE);
        return record;
    }

    /** Any other address under the API: a problem, not the app's HTML "not found" page. */
    @Hidden
    @GetMapping("/**")
    void unknown() {
        throw ApiException.notFound();
    }

    private SearchJson.Item item(SearchPage.Hit hit, PublishedRecords.Summary summary) {
        return new SearchJson.Item(hit.id(), links.practice(hit.id()).toString(), json.apiUrl(hit.id()), hit.title(),
                hit.place(), hit.country(), hit.year(), hit.language(), hit.themes(), hit.sdgs(), hit.snippetHtml(),
                ApiRecords.licence(summary.licence()), IsoTimes.ofNullable(summary.publishedAt()),
                IsoTimes.of(summary.updatedAt()));
    }

    /** The search's address at another page, its parameters in a fixed order so that one search has one address. */
    private String pageLink(SearchQuery query, int page) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(SearchParameters.write(new SearchQuery(
                query.text(), query.filters(), query.order(), page - 1, query.pageSize())));
        if (query.pageSize() != SearchRequest.DEFAULT_SIZE) {
            parameters.put("size", List.of(String.valueOf(query.pageSize())));
        }
        String joined = parameters.entrySet().stream().flatMap(p -> p.getValue().stream()
                .map(v -> encode(p.getKey()) + "=" + encode(v))).collect(Collectors.joining("&"));
        return links.path("api/v1/practices" + (joined.isEmpty() ? "" : "?" + joined)).toString();
    }

    private static String encode(@Nullable String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
