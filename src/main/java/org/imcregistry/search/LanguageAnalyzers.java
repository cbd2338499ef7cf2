package org.imcregistry.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelFilter;

/**
 * Text is indexed in fields per language ({@code body_nb}, {@code title_pl} ...), each analysed with that
 * language's stemmer, so "kommunene" meets "kommune" and "współpracy" meets "współpraca". A query is
 * analysed once per language and searched in every language's fields.
 *
 * <p>With {@link SearchAnalysis#IMPROVED} Norwegian text is also indexed split into its known parts
 * ({@code parts_nb}: "avfallsselskapet" also as "avfall" and "selskap"), searched with a low weight so that a
 * compound's first part finds it below the records that use the word itself; and every language's words are
 * kept unstemmed ({@code words_en} ...) for the spell checker.
 */
final class LanguageAnalyzers {

    /** The analysed languages; "std" takes records in other languages (no stemming). */
    static final List<String> LANGUAGES = List.of("en", "nb", "pl", "std");
    /** The languages with their own stemmer, glossary terms and spelling suggestions. */
    static final List<String> STEMMED = List.of("en", "nb", "pl");

    static final String TITLE = "title_";
    static final String KEYWORDS = "keywords_";
    static final String BODY = "body_";
    /** Norwegian words and their compound parts. */
    static final String PARTS_NB = "parts_nb";
    /**
     * Polish words folded to ASCII and cut to their first letters: Stempel misreads some case forms ("straży",
     * "gospodarki") and people often type without diacritics ("wodociagi"); this field still meets them, weighted
     * below the stems.
     */
    static final String PREFIX_PL = "prefix_pl";
    static final int PREFIX_LENGTH = 5;
    static final float PREFIX_WEIGHT = 0.5f;
    /** The words of titles and places, for type-ahead in the search box. */
    static final String COMPLETE = "complete";
    /** Unstemmed words per language, for "did you mean". */
    static final String WORDS = "words_";

    /** Compound parts weigh less than the word itself: "avfall" ranks records about avfall above avfallsselskap. */
    static final float PARTS_WEIGHT = 0.4f;

    private LanguageAnalyzers() {
    }

    static String suffix(String recordLanguage) {
        return LANGUAGES.contains(recordLanguage) ? recordLanguage : "std";
    }

    /**
     * The analysers of the fields, for the text and for queries alike: a query's compound is split as well, so
     * "sykehjemmet" meets "sykehjemsplasser" through "sykehjem" (measured: without it nb nDCG@10 drops 0.13).
     */
    static Analyzer create(SearchAnalysis analysis) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String language : LANGUAGES) {
            Analyzer analyzer = analysis == SearchAnalysis.IMPROVED && language.equals("nb")
                    ? norwegian(false) : language(language);
            perField.put(TITLE + language, analyzer);
            perField.put(KEYWORDS + language, analyzer);
            perField.put(BODY + language, analyzer);
        }
        if (analysis == SearchAnalysis.IMPROVED) {
            perField.put(PARTS_NB, norwegian(true));
            perField.put(PREFIX_PL, polishPrefixes());
            for (String language : STEMMED) {
                perField.put(WORDS + language, new StandardAnalyzer(CharArraySet.EMPTY_SET));
            }
            perField.put(COMPLETE, new StandardAnalyzer(CharArraySet.EMPTY_SET));
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    private static Analyzer language(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "nb" -> new NorwegianAnalyzer();
            case "pl" -> polish();
            default -> new StandardAnalyzer();
        };
    }

    /**
     * Lower case, stop words, the Norwegian stemmer; with {@code parts} every known part of a compound is added at the
     * compound's position first ("avfallsselskapet" also as "avfall" and "selskap").
     */
    private static Analyzer norwegian(boolean parts) {
        CharArraySet dictionary = CompoundParts.norwegian();
        return lowerCased(false, words -> {
            TokenStream stream = parts ? new RememberedCompoundParts(words, dictionary, 6, 4, 20) : words;
            stream = new StopFilter(stream, NorwegianAnalyzer.getDefaultStopSet());
            // Light, minimal and Snowball measured alike on the relevance set; light is Lucene's choice for bokmål.
            return new NorwegianLightStemFilter(stream);
        });
    }

    /** Lucene's {@link PolishAnalyzer}, its stemmer remembering the stems it found ({@link RememberedStems}). */
    private static Analyzer polish() {
        return lowerCased(true, words -> new StempelFilter(new StopFilter(words, PolishAnalyzer.getDefaultStopSet()),
                new RememberedStems(PolishAnalyzer.getDefaultTable())));
    }

    private static Analyzer polishPrefixes() {
        return lowerCased(false, words -> new TruncateTokenFilter(new ASCIIFoldingFilter(
                new StopFilter(words, PolishAnalyzer.getDefaultStopSet())), PREFIX_LENGTH));
    }

    /**
     * The shape of the analysers built here: the standard tokenizer, lower case, then {@code filters}; with
     * {@code normalized} a query's wildcard and fuzzy terms are lower-cased too, as Lucene's language analysers do.
     */
    private static Analyzer lowerCased(boolean normalized, UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalized ? new LowerCaseFilter(in) : in;
            }
        };
    }

    /** A word that is a stop word in any of the languages: it cannot be required in every language's fields. */
    static boolean isStopWord(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower) || NorwegianAnalyzer.getDefaultStopSet().contains(lower)
                || PolishAnalyzer.getDefaultStopSet().contains(lower);
    }

    /** Every text field with its weight: title and keywords count more than body text. */
    static Map<String, Float> weightedFields(SearchAnalysis analysis) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            weights.putAll(weightedFields(language));
        }
        if (analysis == SearchAnalysis.IMPROVED) {
            weights.put(PARTS_NB, PARTS_WEIGHT);
            weights.put(PREFIX_PL, PREFIX_WEIGHT);
        }
        return weights;
    }

    /** One language's text fields with their weights. */
    static Map<String, Float> weightedFields(String language) {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(TITLE + language, 4f);
        weights.put(KEYWORDS + language, 2.5f);
        weights.put(BODY + language, 1f);
        return weights;
    }

    static UncheckedIOException unreadable(String what, IOException e) {
        return new UncheckedIOException("Could not read " + what + " from the classpath", e);
    }
}
