package org.imcregistry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean": each word of the query that no record holds is replaced by the closest word the records do hold,
 * looked up per language among the index's own unstemmed words ({@code words_en}, {@code words_nb}, {@code words_pl})
 * with Lucene's {@link DirectSpellChecker}. Nothing to suggest when every word is known or none has a close word.
 */
final class Spelling {

    /** No word is longer; the spell checker's automaton grows with the word, so longer input is not corrected. */
    static final int LONGEST_WORD = 40;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling() {
        checker.setMinQueryLength(3);
        checker.setMaxQueryLength(LONGEST_WORD);
        checker.setAccuracy(0.6f);
    }

    /**
     * The words are read within the search box's limits ({@link UserQueryParser#MAX_CHARS},
     * {@link UserQueryParser#MAX_WORDS}), as the search read them: a 100,000-letter "word" took the spell checker
     * minutes, and 20,000 words as many lookups.
     */
    @Nullable String suggest(IndexReader reader, String text) throws IOException {
        String within = text.length() > UserQueryParser.MAX_CHARS ? text.substring(0, UserQueryParser.MAX_CHARS) : text;
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        String[] tokens = within.strip().split("\\s+");
        for (String token : java.util.Arrays.copyOf(tokens, Math.min(tokens.length, UserQueryParser.MAX_WORDS))) {
            String word = token.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
            String better = word.isEmpty() || known(reader, word) ? null : closest(reader, word);
            if (better != null) {
                corrected.add(better);
                changed = true;
            } else {
                corrected.add(token);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private static boolean known(IndexReader reader, String word) throws IOException {
        for (String language : LanguageAnalyzers.STEMMED) {
            if (reader.docFreq(new Term(LanguageAnalyzers.WORDS + language, word)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The most similar known word over the languages; the more frequent one when two are as similar. */
    private @Nullable String closest(IndexReader reader, String word) throws IOException {
        SuggestWord best = null;
        for (String language : LanguageAnalyzers.STEMMED) {
            SuggestWord[] found = checker.suggestSimilar(new Term(LanguageAnalyzers.WORDS + language, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (found.length > 0 && (best == null || found[0].score > best.score
                    || (found[0].score == best.score && found[0].freq > best.freq))) {
                best = found[0];
            }
        }
        return best == null ? null : best.string;
    }
}
