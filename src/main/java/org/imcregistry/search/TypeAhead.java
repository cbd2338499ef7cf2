package org.imcregistry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Type-ahead for the search box: records whose title or place holds every word typed, the last one as the start of a
 * word ("felles bar" → "Felles barneverntjeneste i Namdal"); their places first when a place starts with the
 * words, then their titles. Themes are the practice module's (it knows their labels).
 */
final class TypeAhead {

    private static final int MIN_CHARS = 2;

    private TypeAhead() {
    }

    static List<String> of(IndexSearcher searcher, String typed, int limit) throws IOException {
        String text = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        if (text.length() < MIN_CHARS || limit <= 0) {
            return List.of();
        }
        String[] words = text.split("\\s+");
        if (words.length > UserQueryParser.MAX_WORDS) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.length - 1; i++) {
            query.add(new TermQuery(new Term(LanguageAnalyzers.COMPLETE, words[i])), BooleanClause.Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(LanguageAnalyzers.COMPLETE, words[words.length - 1])), BooleanClause.Occur.MUST);
        Set<String> places = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query.build(), limit * 3).scoreDocs) {
            Document doc = stored.document(hit.doc);
            String place = doc.get(PracticeFields.PLACE);
            if (place != null && place.toLowerCase(Locale.ROOT).startsWith(text)) {
                places.add(place);
            } else {
                titles.add(doc.get(PracticeFields.TITLE_STORED));
            }
        }
        List<String> all = new ArrayList<>(places);
        all.addAll(titles);
        return all.subList(0, Math.min(limit, all.size()));
    }
}
