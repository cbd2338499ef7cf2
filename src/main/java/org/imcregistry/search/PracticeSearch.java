package org.imcregistry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Searches published records: the public search page, "similar practices", and practices for a weak criterion. */
public class PracticeSearch {

    private static final int FACET_VALUES = 40;
    private static final int SNIPPET_CHARS = 260;
    private static final Sort NEWEST = new Sort(new SortField(PracticeFields.PUBLISHED, SortField.Type.LONG, true));

    private final PracticeIndex index;
    private final UserQueryParser parser;

    public PracticeSearch(PracticeIndex index) {
        this.index = index;
        this.parser = new UserQueryParser(index.analyzer());
    }

    /** The most results an export holds. */
    public static final int EXPORT_LIMIT = 10_000;

    /** Every hit of the request (up to {@link #EXPORT_LIMIT}), in its order, without snippets: for the export. */
    public List<SearchPage.Hit> allHits(SearchQuery request) {
        UserQueryParser.Parsed parsed = parser.parse(request.text());
        DrillDownQuery query = filtered(request, parsed);
        return index.withSearcher((searcher, facetState) -> hits(searcher,
                searcher.search(query, EXPORT_LIMIT, sort(request, parsed))));
    }

    private DrillDownQuery filtered(SearchQuery request, UserQueryParser.Parsed parsed) {
        DrillDownQuery query = new DrillDownQuery(index.facetsConfig(), parsed.query());
        request.filters().forEach((facet, values) -> values.forEach(v -> query.add(facet.dimension(), v)));
        return query;
    }

    private static Sort sort(SearchQuery request, UserQueryParser.Parsed parsed) {
        return request.order() == SearchQuery.Order.NEWEST || parsed.blank() ? NEWEST : Sort.RELEVANCE;
    }

    public SearchPage search(SearchQuery request) {
        UserQueryParser.Parsed parsed = parser.parse(request.text());
        DrillDownQuery query = filtered(request, parsed);
        Sort sort = sort(request, parsed);
        int wanted = (request.page() + 1) * request.pageSize();
        return index.withSearcher((searcher, facetState) -> {
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, wanted, sort,
                    false, new FacetsCollectorManager());
            long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
            ScoreDoc[] all = result.topDocs().scoreDocs;
            int from = Math.min(all.length, request.page() * request.pageSize());
            ScoreDoc[] page = Arrays.copyOfRange(all, from, all.length);
            List<String> snippets = snippets(searcher, parsed, page);
            List<SearchPage.Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(stored.document(page[i].doc), snippets.get(i)));
            }
            return new SearchPage(total, hits, counts(facetState, result), parsed.truncated());
        });
    }

    /** Published records most like this one, by the words that characterise it; empty when it is not published. */
    public List<SearchPage.Hit> similar(long id, int count) {
        return index.withSearcher((searcher, facetState) -> {
            TopDocs self = searcher.search(new TermQuery(new Term(PracticeFields.ID, Long.toString(id))), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            int doc = self.scoreDocs[0].doc;
            String language = LanguageAnalyzers.suffix(searcher.storedFields().document(doc).get(PracticeFields.LANGUAGE));
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(index.analyzer());
            mlt.setFieldNames(new String[] {LanguageAnalyzers.TITLE + language, LanguageAnalyzers.BODY + language});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            Query like = new BooleanQuery.Builder().add(mlt.like(doc), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(PracticeFields.ID, Long.toString(id))), BooleanClause.Occur.MUST_NOT)
                    .build();
            return hits(searcher, searcher.search(like, count));
        });
    }

    /**
     * Published records that address a topic given as search terms (a framework criterion carries them):
     * any of the words may match, the best matches first.
     */
    public List<SearchPage.Hit> about(String terms, int count) {
        if (terms == null || terms.isBlank()) {
            return List.of();
        }
        SimpleQueryParser any = new SimpleQueryParser(index.analyzer(), LanguageAnalyzers.weightedFields(),
                SimpleQueryParser.WHITESPACE_OPERATOR);
        any.setDefaultOperator(BooleanClause.Occur.SHOULD);
        String words = terms.replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        Query query = any.parse(words);
        return index.withSearcher((searcher, facetState) -> hits(searcher, searcher.search(query, count)));
    }

    private List<SearchPage.Hit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
        List<SearchPage.Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            hits.add(hit(stored.document(scoreDoc.doc), ""));
        }
        return hits;
    }

    private List<String> snippets(IndexSearcher searcher, UserQueryParser.Parsed parsed, ScoreDoc[] page)
            throws IOException {
        List<String> snippets = new ArrayList<>();
        if (page.length == 0) {
            return snippets;
        }
        if (parsed.blank()) {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc doc : page) {
                snippets.add(escape(opening(stored.document(doc.doc))));
            }
            return snippets;
        }
        String[] fields = LanguageAnalyzers.LANGUAGES.stream().map(l -> LanguageAnalyzers.BODY + l).toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 2);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000).build();
        int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        Map<String, String[]> byField = highlighter.highlightFields(fields, parsed.query(), docIds, passages);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            String snippet = null;
            for (String field : fields) {
                String[] values = byField.get(field);
                if (values != null && values[i] != null && !values[i].isBlank()) {
                    snippet = values[i];
                    break;
                }
            }
            snippets.add(snippet != null && snippet.contains("<mark>") ? shorten(snippet)
                    : escape(opening(stored.document(page[i].doc))));
        }
        return snippets;
    }

    /** The start of the record's text, for results without a highlighted passage. */
    private static String opening(Document doc) {
        for (String language : LanguageAnalyzers.LANGUAGES) {
            String body = doc.get(LanguageAnalyzers.BODY + language);
            if (body != null) {
                String flat = body.replaceAll("\\s+", " ").strip();
                return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS).strip() + " …";
            }
        }
        return "";
    }

    /** Passages can be long paragraphs; keep the snippet short without cutting inside a mark. */
    private static String shorten(String html) {
        String flat = html.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_CHARS * 2) {
            return flat;
        }
        int firstMark = flat.indexOf("<mark>");
        int start = Math.max(0, firstMark - SNIPPET_CHARS / 2);
        start = flat.lastIndexOf(' ', start) < 0 ? 0 : flat.lastIndexOf(' ', start);
        int end = Math.min(flat.length(), start + SNIPPET_CHARS * 2);
        int openAfter = flat.lastIndexOf("<mark>", end);
        int closeAfter = flat.indexOf("</mark>", Math.max(openAfter, 0));
        if (openAfter >= 0 && closeAfter >= end - 7) {
            end = closeAfter + "</mark>".length();
        }
        String cut = flat.substring(start, end);
        int lastAmp = cut.lastIndexOf('&');
        if (lastAmp >= 0 && cut.indexOf(';', lastAmp) < 0) {
            cut = cut.substring(0, lastAmp);
        }
        int lastLt = cut.lastIndexOf('<');
        if (lastLt >= 0 && cut.indexOf('>', lastLt) < 0) {
            cut = cut.substring(0, lastLt);
        }
        return (start > 0 ? "… " : "") + cut.strip() + (end < flat.length() ? " …" : "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static SearchPage.Hit hit(Document doc, String snippet) {
        String year = doc.get(PracticeFields.YEAR);
        String themes = doc.get(PracticeFields.THEMES);
        String sdgs = doc.get(PracticeFields.SDGS);
        return new SearchPage.Hit(Long.parseLong(doc.get(PracticeFields.ID)), doc.get(PracticeFields.TITLE_STORED),
                doc.get(PracticeFields.PLACE), doc.get(PracticeFields.COUNTRY), year == null ? null : Integer.valueOf(year),
                doc.get(PracticeFields.LANGUAGE), themes == null ? List.of() : List.of(themes.split(",")),
                sdgs == null ? List.of() : Arrays.stream(sdgs.split(",")).map(Integer::valueOf).toList(), snippet);
    }

    private static Map<Facet, List<SearchPage.FacetCount>> counts(SortedSetDocValuesReaderState state,
            FacetsCollectorManager.FacetsResult result) throws IOException {
        Map<Facet, List<SearchPage.FacetCount>> counts = new EnumMap<>(Facet.class);
        if (state == null || state.getSize() == 0) {
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        Set<String> known = new java.util.HashSet<>();
        state.getDims().forEach(known::add);
        for (Facet facet : Facet.values()) {
            if (!known.contains(facet.dimension())) {
                continue;
            }
            FacetResult top = facets.getTopChildren(FACET_VALUES, facet.dimension());
            List<SearchPage.FacetCount> values = new ArrayList<>();
            if (top != null) {
                Arrays.stream(top.labelValues).forEach(lv -> values.add(new SearchPage.FacetCount(lv.label,
                        lv.value.intValue())));
            }
            counts.put(facet, values);
        }
        return counts;
    }
}
