package org.imcregistry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Weight;

/**
 * Why a hit was found when the query was widened across languages: a hit that the words themselves do not match
 * names the glossary terms that do ("matched through: avfallshåndtering"). Only the page's hits are checked.
 */
final class MatchReasons {

    private static final int MOST_TERMS = 3;

    private MatchReasons() {
    }

    /** Per hit of the page, in its order: the terms it was found through, or nothing when the words matched. */
    static List<List<String>> of(IndexSearcher searcher, UserQueryParser.Parsed parsed, ScoreDoc[] page)
            throws IOException {
        List<List<String>> reasons = new ArrayList<>();
        if (parsed.expansions().isEmpty()) {
            page = new ScoreDoc[0];
        }
        Weight words = page.length == 0 ? null : weight(searcher, parsed.words());
        List<Weight> terms = new ArrayList<>();
        if (words != null) {
            for (ConceptQueries.Expansion expansion : parsed.expansions()) {
                terms.add(weight(searcher, expansion.query()));
            }
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : page) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            int doc = hit.doc - leaf.docBase;
            Set<String> through = new LinkedHashSet<>();
            if (words != null && words.matches(leaf, doc) == null) {
                for (int i = 0; i < terms.size() && through.size() < MOST_TERMS; i++) {
                    if (terms.get(i).matches(leaf, doc) != null) {
                        through.add(parsed.expansions().get(i).term());
                    }
                }
            }
            reasons.add(List.copyOf(through));
        }
        return reasons;
    }

    private static Weight weight(IndexSearcher searcher, org.apache.lucene.search.Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
}
