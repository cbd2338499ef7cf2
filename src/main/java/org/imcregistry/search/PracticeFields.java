package org.imcregistry.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** How a published record becomes a Lucene document: text per language, stored values, facets, sort keys. */
final class PracticeFields {

    static final String ID = "id";
    static final String ID_VALUE = "id_value";
    static final String VERSION = "version";
    static final String PUBLISHED = "published";
    static final String TITLE_STORED = "title";
    static final String PLACE = "place";
    static final String COUNTRY = "country";
    static final String YEAR = "year";
    static final String LANGUAGE = "language";
    static final String THEMES = "themes";
    static final String SDGS = "sdgs";

    /** Body text keeps offsets so that snippets are highlighted without analysing the text again. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    /** Words for the spell checker: only which documents hold them counts. */
    private static final FieldType WORDS_TYPE = new FieldType();

    static {
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS);
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.setOmitNorms(true);
        WORDS_TYPE.freeze();
    }

    private PracticeFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Facet.THEME.dimension(), true);
        config.setMultiValued(Facet.SDG.dimension(), true);
        return config;
    }

    static Document document(IndexedPractice practice, FacetsConfig config, SearchAnalysis analysis)
            throws java.io.IOException {
        String language = LanguageAnalyzers.suffix(practice.language());
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(practice.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_VALUE, practice.id()));
        doc.add(new NumericDocValuesField(VERSION, practice.version()));
        doc.add(new NumericDocValuesField(PUBLISHED,
                practice.publishedAt() == null ? 0 : practice.publishedAt().toEpochMilli()));
        doc.add(new Field(LanguageAnalyzers.TITLE + language, practice.title(), BODY_TYPE));
        doc.add(new StoredField(TITLE_STORED, practice.title()));
        if (practice.keywords() != null) {
            doc.add(new TextField(LanguageAnalyzers.KEYWORDS + language, practice.keywords(), Field.Store.NO));
        }
        String body = String.join("\n\n", practice.sections());
        doc.add(new Field(LanguageAnalyzers.BODY + language, body, BODY_TYPE));
        if (analysis == SearchAnalysis.IMPROVED) {
            String text = practice.title() + "\n\n" + (practice.keywords() == null ? "" : practice.keywords() + "\n\n")
                    + body;
            if (language.equals("nb")) {
                doc.add(new TextField(LanguageAnalyzers.PARTS_NB, text, Field.Store.NO));
            }
            if (language.equals("pl")) {
                doc.add(new TextField(LanguageAnalyzers.PREFIX_PL, text, Field.Store.NO));
            }
            if (LanguageAnalyzers.STEMMED.contains(language)) {
                doc.add(new Field(LanguageAnalyzers.WORDS + language, text, WORDS_TYPE));
            }
            doc.add(new Field(LanguageAnalyzers.COMPLETE,
                    practice.title() + (practice.place() == null ? "" : "\n" + practice.place()), WORDS_TYPE));
        }
        store(doc, PLACE, practice.place());
        store(doc, COUNTRY, practice.country());
        store(doc, LANGUAGE, practice.language());
        store(doc, THEMES, String.join(",", practice.themes()));
        store(doc, SDGS, String.join(",", practice.sdgs().stream().sorted().map(String::valueOf).toList()));
        if (practice.startYear() != null) {
            doc.add(new StoredField(YEAR, practice.startYear()));
        }
        for (FacetValueOf value : facetValues(practice)) {
            doc.add(new SortedSetDocValuesFacetField(value.facet().dimension(), value.value()));
        }
        return config.build(doc);
    }

    private record FacetValueOf(Facet facet, String value) {
    }

    private static List<FacetValueOf> facetValues(IndexedPractice practice) {
        List<FacetValueOf> values = new ArrayList<>();
        practice.themes().forEach(t -> values.add(new FacetValueOf(Facet.THEME, t)));
        practice.sdgs().forEach(g -> values.add(new FacetValueOf(Facet.SDG, String.valueOf(g))));
        if (practice.country() != null) {
            values.add(new FacetValueOf(Facet.COUNTRY, practice.country()));
        }
        values.add(new FacetValueOf(Facet.LANGUAGE, practice.language()));
        if (practice.startYear() != null) {
            values.add(new FacetValueOf(Facet.YEAR, String.valueOf(practice.startYear())));
        }
        if (practice.partnershipForm() != null) {
            values.add(new FacetValueOf(Facet.FORM, practice.partnershipForm()));
        }
        return values;
    }

    private static void store(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new StoredField(field, value));
        }
    }
}
