package org.imcregistry.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Reads the search box with the syntax people know: words (all must match), "phrases", -exclude, OR,
 * and word* for a prefix. It never fails: anything else (brackets, colons, tildes, carets) is read as
 * plain words. Length and word count are capped so that no input can build a query that hurts.
 */
final class UserQueryParser {

    static final int MAX_CHARS = 400;
    static final int MAX_WORDS = 24;
    /** Added to the score of a record the words themselves match, when the query was widened across languages. */
    static final float OWN_WORDS_BONUS = 1000f;

    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.PREFIX_OPERATOR;
    /** Everything but letters, digits, apostrophes, inner hyphens and the prefix star is read as a space. */
    private static final String NOT_A_WORD = "[^\\p{L}\\p{N}'*\\-]";
    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|\\S+");

    /**
     * The query to run, whether the input was cut to the limits, and the glossary terms it was widened with;
     * {@code words} is the query without them (the same as {@code query} when nothing was widened).
     */
    record Parsed(Query query, boolean truncated, boolean blank, Query words, List<ConceptQueries.Expansion> expansions) {

        Parsed(Query query, boolean truncated, boolean blank) {
            this(query, truncated, blank, query, List.of());
        }
    }

    private final Analyzer analyzer;
    private final SearchAnalysis analysis;
    /** Replaced whole when editors change the glossary; a search in progress keeps the one it started with. */
    private volatile @Nullable ConceptQueries concepts;

    UserQueryParser(Analyzer analyzer, SearchAnalysis analysis) {
        this.analyzer = analyzer;
        this.analysis = analysis;
        this.concepts = analysis == SearchAnalysis.IMPROVED ? new ConceptQueries(analyzer, List.of()) : null;
    }

    /** The shipped glossary and these concepts editors added, from now on. */
    void useEditedConcepts(List<Glossary.Concept> edited) {
        if (analysis == SearchAnalysis.IMPROVED) {
            concepts = new ConceptQueries(analyzer, edited);
        }
    }

    Parsed parse(String input) {
        return parse(input, true);
    }

    /** {@code acrossLanguages}: widen glossary terms in the words to their other languages' terms. */
    Parsed parse(String input, boolean acrossLanguages) {
        String text = input == null ? "" : input.replaceAll("\\p{Cntrl}", " ").strip();
        boolean truncated = false;
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
            truncated = true;
        }
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        if (tokens.size() > MAX_WORDS) {
            tokens = tokens.subList(0, MAX_WORDS);
            truncated = true;
        }
        // The box's own words for operators; anything Lucene would treat as syntax beyond these is escaped away.
        List<String> rewritten = new ArrayList<>();
        for (String token : tokens) {
            if (token.equals("OR")) {
                rewritten.add("|");
            } else if (token.equals("AND")) {
                rewritten.add("+");
            } else {
                rewritten.add(plain(token));
            }
        }
        if (analysis == SearchAnalysis.IMPROVED) {
            rewritten = withoutStopWords(rewritten);
        }
        String simple = String.join(" ", rewritten).strip();
        if (simple.isEmpty() || simple.replaceAll("[|+\\s]", "").isEmpty()) {
            return new Parsed(new MatchAllDocsQuery(), truncated, true);
        }
        SimpleQueryParser parser = new CompoundQueryParser(analyzer, LanguageAnalyzers.weightedFields(analysis), FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(simple);
        Parsed words = new Parsed(onlyExclusions(query) ? withEverything(query) : query, truncated, false);
        ConceptQueries concepts = this.concepts;
        if (concepts == null || !acrossLanguages || !onlyWords(rewritten)) {
            return words;
        }
        ConceptQueries.Expanded expanded = concepts.expand(List.of(simple.split(" ")), parser::parse);
        return expanded.expansions().isEmpty() ? words
                : new Parsed(ownWordsFirst(expanded.query(), words.query()), truncated, false, words.query(),
                        expanded.expansions());
    }

    /** Keeps a leading "-", a phrase's quotes and a trailing "*"; every other operator character becomes a space. */
    private static String plain(String token) {
        String sign = token.startsWith("-") && token.length() > 1 ? "-" : "";
        // "title:word" is a field search elsewhere; here every field is searched, so the word stays and the name goes.
        String body = (sign.isEmpty() ? token : token.substring(1)).replaceFirst("^\\p{L}+:(?=.)", "");
        if (body.startsWith("\"")) {
            String inner = body.replaceAll(NOT_A_WORD, " ").replace("*", " ").strip();
            return inner.isEmpty() ? "" : sign + "\"" + inner + "\"";
        }
        boolean prefix = body.endsWith("*") && body.length() > 1;
        String cleaned = body.replaceAll(NOT_A_WORD, " ").replace("*", " ").replace("-", " ").strip();
        if (cleaned.isEmpty()) {
            return "";
        }
        if (cleaned.contains(" ")) {
            return sign.isEmpty() ? cleaned : sign + "\"" + cleaned + "\"";
        }
        return sign + cleaned + (prefix ? "*" : "");
    }

    /**
     * "vann og avløp", "shelters for dogs": a stop word of one language is an ordinary word in another language's
     * fields, where it would be required and find nothing. Plain stop words are left out (inside phrases each field's
     * analyser handles them); a query of nothing but stop words keeps them.
     */
    private static List<String> withoutStopWords(List<String> rewritten) {
        List<String> kept = new ArrayList<>();
        for (String part : rewritten) {
            if (part.startsWith("\"") || part.startsWith("-")) {
                kept.add(part);
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String word : part.split(" ")) {
                if (!word.isEmpty() && !LanguageAnalyzers.isStopWord(word)) {
                    words.add(word);
                }
            }
            if (!words.isEmpty()) {
                kept.add(String.join(" ", words));
            }
        }
        return kept.stream().anyMatch(p -> !p.equals("|") && !p.equals("+")) ? kept : rewritten;
    }

    /**
     * Records that the words themselves find rank above those found only through other languages' terms: a match of
     * the words adds a constant far above any text score (measured: with weights alone, a title matching "winter road
     * maintenance" outranked the Norwegian record that says "brøyting" in its text).
     */
    private static Query ownWordsFirst(Query expanded, Query words) {
        return new BooleanQuery.Builder().add(expanded, BooleanClause.Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(words), OWN_WORDS_BONUS), BooleanClause.Occur.SHOULD).build();
    }

    /** Plain words only: operators, phrases and prefixes are searched as typed, never widened. */
    private static boolean onlyWords(List<String> rewritten) {
        return rewritten.stream().allMatch(p -> !p.isEmpty() && p.matches("[\\p{L}\\p{N}' ]+"));
    }

    /** "-waste" alone means "everything except waste", not "nothing". */
    private static boolean onlyExclusions(Query query) {
        return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
    }

    private static Query withEverything(Query query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        ((BooleanQuery) query).clauses().forEach(builder::add);
        return builder.build();
    }

    static Query nothing() {
        return new MatchNoDocsQuery();
    }
}
