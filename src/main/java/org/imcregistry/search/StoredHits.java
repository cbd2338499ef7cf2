package org.imcregistry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** A hit as the index stored it ({@link PracticeFields}): enough to list and link it, never the whole record. */
final class StoredHits {

    /** What a listed hit shows: loading only these leaves the long stored body text alone. */
    static final Set<String> LISTED = Set.of(PracticeFields.ID, PracticeFields.TITLE_STORED, PracticeFields.PLACE,
            PracticeFields.COUNTRY, PracticeFields.YEAR, PracticeFields.LANGUAGE, PracticeFields.THEMES,
            PracticeFields.SDGS);

    private StoredHits() {
    }

    /** The stored values a listed hit shows, without the body. */
    static Document listed(StoredFields stored, int doc) throws IOException {
        return stored.document(doc, LISTED);
    }

    private static final Set<String> LISTED_WITH_BODY = java.util.stream.Stream.concat(LISTED.stream(),
            Snippets.BODIES.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The listed values and the body text, for a results page with snippets. */
    static Document listedWithBody(StoredFields stored, int doc) throws IOException {
        return stored.document(doc, LISTED_WITH_BODY);
    }

    /** The hits of {@code top}, in its order, without snippets. */
    static List<SearchPage.Hit> of(IndexSearcher searcher, TopDocs top) throws IOException {
        List<SearchPage.Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            hits.add(hit(listed(stored, scoreDoc.doc), ""));
        }
        return hits;
    }

    static SearchPage.Hit hit(Document doc, String snippet) {
        String year = doc.get(PracticeFields.YEAR);
        String themes = doc.get(PracticeFields.THEMES);
        String sdgs = doc.get(PracticeFields.SDGS);
        return new SearchPage.Hit(Long.parseLong(doc.get(PracticeFields.ID)), doc.get(PracticeFields.TITLE_STORED),
                doc.get(PracticeFields.PLACE), doc.get(PracticeFields.COUNTRY), year == null ? null : Integer.valueOf(year),
                doc.get(PracticeFields.LANGUAGE), themes == null ? List.of() : List.of(themes.split(",")),
                sdgs == null ? List.of() : Arrays.stream(sdgs.split(",")).map(Integer::valueOf).toList(), snippet);
    }
}
