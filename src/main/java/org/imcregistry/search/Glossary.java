package org.imcregistry.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The shipped glossary of inter-municipal cooperation terms ({@code search/glossary.csv}): concepts with their
 * English, Norwegian and Polish terms, the managed themes and the SDG names among them. A term is known by its
 * analysed form in its own language ("waste management" as "wast manag"), so inflected forms of it meet it.
 */
final class Glossary {

    private static final String FILE = "/search/glossary.csv";
    /** The longest term, in words, that a query is searched for. */
    static final int LONGEST_TERM = 6;

    /** One wording of a concept in one language. */
    record Term(String language, String text) {
    }

    /** A concept: all its wordings in all languages. */
    record Concept(List<Term> terms) {
    }

    /** Language + analysed words → the concepts with a term of that form. */
    private final Map<String, List<Concept>> byKey = new HashMap<>();
    private final Analyzer analyzer;
    private final int concepts;

    Glossary(Analyzer analyzer) {
        this(analyzer, List.of());
    }

    /** The shipped concepts and those editors added ({@link GlossaryConcepts}). */
    Glossary(Analyzer analyzer, List<Concept> edited) {
        this.analyzer = analyzer;
        List<Concept> read = new ArrayList<>(read());
        read.addAll(edited);
        for (Concept concept : read) {
            for (Term term : concept.terms()) {
                String key = key(term.language(), List.of(term.text()));
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(term.language() + ":" + key, k -> new ArrayList<>()).add(concept);
                }
            }
        }
        this.concepts = read.size();
    }

    int size() {
        return concepts;
    }

    /** The concepts whose term in {@code language} these words are (in any inflected form). */
    List<Concept> find(String language, List<String> words) {
        String key = key(language, words);
        return key.isEmpty() ? List.of() : byKey.getOrDefault(language + ":" + key, List.of());
    }

    /** Whether these words and this term read alike in the language ("waste managements", "waste management"). */
    boolean sameWording(String language, List<String> words, String term) {
        return key(language, words).equals(key(language, List.of(term)));
    }

    /** The words as the language's body (Polish: prefix) field reads them, stop words dropped, joined by spaces. */
    private String key(String language, List<String> words) {
        List<String> stems = new ArrayList<>();
        // Polish terms are known by their words' first letters: Stempel reads "gospodarki" and "gospodarka" apart.
        String field = language.equals("pl") ? LanguageAnalyzers.PREFIX_PL : LanguageAnalyzers.BODY + language;
        try (TokenStream stream = analyzer.tokenStream(field, String.join(" ", words))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return String.join(" ", stems);
    }

    /** An edited concept: each language's terms, alternatives separated by "|". */
    static Concept concept(String en, String nb, String pl) {
        List<Term> terms = new ArrayList<>();
        for (String[] column : new String[][] {{"en", en}, {"nb", nb}, {"pl", pl}}) {
            for (String wording : column[1].split("\\|")) {
                if (!wording.isBlank()) {
                    terms.add(new Term(column[0], wording.strip()));
                }
            }
        }
        return new Concept(List.copyOf(terms));
    }

    private static List<Concept> read() {
        List<Concept> concepts = new ArrayList<>();
        List<String> languages = null;
        try (InputStream in = Objects.requireNonNull(Glossary.class.getResourceAsStream(FILE), FILE + " is shipped");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split(";", -1);
                if (languages == null) {
                    languages = List.of(columns);
                    continue;
                }
                List<Term> terms = new ArrayList<>();
                for (int i = 0; i < Math.min(columns.length, languages.size()); i++) {
                    for (String wording : columns[i].split("\\|")) {
                        if (!wording.isBlank()) {
                            terms.add(new Term(languages.get(i).strip(), wording.strip()));
                        }
                    }
                }
                concepts.add(new Concept(List.copyOf(terms)));
            }
        } catch (IOException e) {
            throw LanguageAnalyzers.unreadable(FILE, e);
        }
        return concepts;
    }
}
