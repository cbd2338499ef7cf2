package org.imcregistry.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Text is indexed in fields per language ({@code body_nb}, {@code title_pl} ...), each analysed with that
 * language's stemmer, so "kommunene" meets "kommune" and "współpracy" meets "współpraca". A query is
 * analysed once per language and searched in every language's fields.
 */
final class LanguageAnalyzers {

    /** The analysed languages; "std" takes records in other languages (no stemming). */
    static final List<String> LANGUAGES = List.of("en", "nb", "pl", "std");

    static final String TITLE = "title_";
    static final String KEYWORDS = "keywords_";
    static final String BODY = "body_";

    private LanguageAnalyzers() {
    }

    static String suffix(String recordLanguage) {
        return LANGUAGES.contains(recordLanguage) ? recordLanguage : "std";
    }

    static Analyzer create() {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String language : LANGUAGES) {
            Analyzer analyzer = switch (language) {
                case "en" -> new EnglishAnalyzer();
                case "nb" -> new NorwegianAnalyzer();
                case "pl" -> new PolishAnalyzer();
                default -> new StandardAnalyzer();
            };
            perField.put(TITLE + language, analyzer);
            perField.put(KEYWORDS + language, analyzer);
            perField.put(BODY + language, analyzer);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** Every text field with its weight: title and keywords count more than body text. */
    static Map<String, Float> weightedFields() {
        Map<String, Float> weights = new java.util.LinkedHashMap<>();
        for (String language : LANGUAGES) {
            weights.put(TITLE + language, 4f);
            weights.put(KEYWORDS + language, 2.5f);
            weights.put(BODY + language, 1f);
        }
        return weights;
    }
}
