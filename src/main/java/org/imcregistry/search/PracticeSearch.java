package org.imcregistry.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Searches published records: the public search page, "similar practices", and practices for a weak criterion. */
public class PracticeSearch {

    private static final Sort NEWEST = new Sort(new SortField(PracticeFields.PUBLISHED, SortField.Type.LONG, true));

    private final PracticeIndex index;
    private final UserQueryParser parser;
    private final Snippets snippets;
    private final Spelling spelling = new Spelling();

    public PracticeSearch(PracticeIndex index) {
        this.index = index;
        this.parser = new UserQueryParser(index.analyzer(), index.analysis());
        this.snippets = new Snippets(index.analyzer());
    }

    /** The most results an export holds. */
    public static final int EXPORT_LIMIT = 10_000;

    /** Every hit of the request (up to {@link #EXPORT_LIMIT}), in its order, without snippets: for the export. */
    public List<SearchPage.Hit> allHits(SearchQuery request) {
        UserQueryParser.Parsed parsed = parser.parse(request.text(), request.acrossLanguages());
        DrillDownQuery query = filtered(request, parsed);
        return index.withSearcher((searcher, facetState) -> StoredHits.of(searcher,
                searcher.search(query, EXPORT_LIMIT, sort(request, parsed))));
    }

    /** The ids of a search's hits, in its order, and how many hits there are in all (more when the ids were cut). */
    public record Matches(long total, List<Long> ids) {
    }

    /**
     * The ids of every hit of the request, in its order (best or newest first), at most {@code limit}: what a map of
     * the result places. The same query as {@link #search}, page and page size aside.
     */
    public Matches matching(SearchQuery request, int limit) {
        UserQueryParser.Parsed parsed = parser.parse(request.text(), request.acrossLanguages());
        DrillDownQuery query = filtered(request, parsed);
        return index.withSearcher((searcher, facetState) -> {
            int total = searcher.count(query);
            List<Long> ids = new ArrayList<>();
            if (total > 0 && limit > 0) {
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(query, Math.min(limit, total), sort(request, parsed)).scoreDocs) {
                    ids.add(Long.parseLong(stored.document(hit.doc, java.util.Set.of(PracticeFields.ID))
                            .get(PracticeFields.ID)));
                }
            }
            return new Matches(total, ids);
        });
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
        UserQueryParser.Parsed parsed = parser.parse(request.text(), request.acrossLanguages());
        DrillDownQuery query = filtered(request, parsed);
        Sort sort = sort(request, parsed);
        int wanted = (request.page() + 1) * request.pageSize();
        return index.withSearcher((searcher, facetState) -> {
            // Two passes, measured faster than one: the facets and the total need every hit but no score, and the
            // page needs scores but may skip records that cannot reach the top (Lucene's block-max pruning), which
            // a single pass collecting both could not.
            FacetsCollector every = searcher.search(query, new FacetsCollectorManager());
            long total = every.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
            // no hit counted, no page to collect
            ScoreDoc[] all = total == 0 ? new ScoreDoc[0]
                    : (sort == Sort.RELEVANCE ? searcher.search(query, Math.max(1, wanted))
                            : searcher.search(query, Math.max(1, wanted), sort)).scoreDocs;
            int from = Math.min(all.length, request.page() * request.pageSize());
            ScoreDoc[] page = Arrays.copyOfRange(all, from, all.length);
            // Each hit's stored values are read once, with its body for the snippet.
            StoredFields stored = searcher.storedFields();
            List<org.apache.lucene.document.Document> docs = new ArrayList<>();
            for (ScoreDoc hit : page) {
                docs.add(StoredHits.listedWithBody(stored, hit.doc));
            }
            List<String> snippets = this.snippets.of(searcher, parsed, page, docs);
            List<List<String>> reasons = MatchReasons.of(searcher, parsed, page);
            List<SearchPage.Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                SearchPage.Hit hit = StoredHits.hit(docs.get(i), snippets.get(i));
                hits.add(reasons.isEmpty() ? hit : hit.withMatchedThrough(reasons.get(i)));
            }
            return new SearchPage(total, hits, FacetCounts.of(facetState, every), parsed.truncated(),
                    suggestion(searcher, request, parsed, total));
        });
    }

    /** Takes the concepts editors maintain ({@link GlossaryConcepts}) along with the shipped glossary. */
    void useEditedGlossary(List<GlossaryConcepts.Entry> entries) {
        parser.useEditedConcepts(entries.stream().map(e -> Glossary.concept(e.en(), e.nb(), e.pl())).toList());
    }

    /** Fewer hits than this and the search offers a spelling that finds more. */
    static final int FEW_HITS = 3;

    /** "Did you mean": a spelling of the words, for words no record holds, that finds at least as much; or null. */
    private @Nullable String suggestion(IndexSearcher searcher, SearchQuery request, UserQueryParser.Parsed parsed,
            long total) throws java.io.IOException {
        if (total >= FEW_HITS || parsed.blank() || index.analysis() == SearchAnalysis.BASELINE) {
            return null;
        }
        String better = spelling.suggest(searcher.getIndexReader(), request.text());
        if (better == null) {
            return null;
        }
        UserQueryParser.Parsed corrected = parser.parse(better, request.acrossLanguages());
        // A word no record holds is worth correcting even when its parts found something ("legevkt" finds "lege").
        return searcher.count(filtered(request, corrected)) >= Math.max(1, total) ? better : null;
    }

    /** Places and titles of published records that hold what is typed (the last word as a start), for the search box. */
    public List<String> complete(String typed, int limit) {
        return index.withSearcher((searcher, facets) -> TypeAhead.of(searcher, typed, limit));
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
            return StoredHits.of(searcher, searcher.search(like, count));
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
        SimpleQueryParser any = new SimpleQueryParser(index.analyzer(), LanguageAnalyzers.weightedFields(index.analysis()),
                SimpleQueryParser.WHITESPACE_OPERATOR);
        any.setDefaultOperator(BooleanClause.Occur.SHOULD);
        String words = terms.replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        Query query = any.parse(words);
        return index.withSearcher((searcher, facetState) -> StoredHits.of(searcher, searcher.search(query, count)));
    }
}
