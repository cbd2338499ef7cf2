package org.imcregistry.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Concepts across languages: where a query's words are a glossary term ("waste management"), that part of the query
 * also matches the concept's other terms ("avfallshåndtering", "gospodarka odpadami") in their own languages' fields,
 * weighted below the words themselves. Every other word must still match as before.
 */
final class ConceptQueries {

    /** A glossary term that a query was widened with, and the query that finds it. */
    record Expansion(String term, String language, Query query) {
    }

    /** The widened query and its expansions; no expansions when the words hold no glossary term. */
    record Expanded(Query query, List<Expansion> expansions) {
    }

    /** Another language's term counts less than the query's own words. */
    static final float EXPANSION_WEIGHT = 0.3f;

    private final Glossary glossary;
    private final Map<String, SimpleQueryParser> phraseParsers = new LinkedHashMap<>();

    ConceptQueries(Analyzer analyzer, List<Glossary.Concept> edited) {
        this.glossary = new Glossary(analyzer, edited);
        for (String language : LanguageAnalyzers.STEMMED) {
            Map<String, Float> fields = new LinkedHashMap<>(LanguageAnalyzers.weightedFields(language));
            if (language.equals("nb")) {
                fields.put(LanguageAnalyzers.PARTS_NB, LanguageAnalyzers.PARTS_WEIGHT);
            } else if (language.equals("pl")) {
                fields.put(LanguageAnalyzers.PREFIX_PL, LanguageAnalyzers.PREFIX_WEIGHT);
            }
            phraseParsers.put(language, new CompoundQueryParser(analyzer, fields, SimpleQueryParser.PHRASE_OPERATOR));
        }
    }

    /**
     * The query for these plain words: each word parsed by {@code words} and required, except that a run of words
     * forming a glossary term (longest first) is required as "these words, or the concept in other words".
     */
    Expanded expand(List<String> words, java.util.function.Function<String, Query> parse) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<Expansion> expansions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int length = Math.min(Glossary.LONGEST_TERM, words.size() - i);
            List<Expansion> found = List.of();
            for (; length > 0; length--) {
                found = expansionsOf(words.subList(i, i + length));
                if (!found.isEmpty()) {
                    break;
                }
            }
            if (found.isEmpty()) {
                all.add(parse.apply(words.get(i)), BooleanClause.Occur.MUST);
                i++;
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder()
                    .add(parse.apply(String.join(" ", words.subList(i, i + length))), BooleanClause.Occur.SHOULD);
            for (Expansion expansion : found) {
                either.add(new BoostQuery(expansion.query(), EXPANSION_WEIGHT), BooleanClause.Occur.SHOULD);
            }
            all.add(either.build(), BooleanClause.Occur.MUST);
            expansions.addAll(found);
            i += length;
        }
        return new Expanded(all.build(), expansions);
    }

    /** The other terms of the concepts these words are a term of, in any language. */
    private List<Expansion> expansionsOf(List<String> words) {
        Map<String, Expansion> terms = new LinkedHashMap<>();
        for (String language : LanguageAnalyzers.STEMMED) {
            for (Glossary.Concept concept : glossary.find(language, words)) {
                for (Glossary.Term term : concept.terms()) {
                    boolean same = term.language().equals(language) && glossary.sameWording(language, words, term.text());
                    if (!same && !terms.containsKey(term.language() + term.text())) {
                        SimpleQueryParser parser = phraseParsers.get(term.language());
                        Query query = parser == null ? null : parser.parse("\"" + term.text() + "\"");
                        if (query != null) {
                            terms.put(term.language() + term.text(), new Expansion(term.text(), term.language(), query));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(terms.values());
    }
}
