package org.imcregistry.search;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.egothor.stemmer.Trie;
import org.jspecify.annotations.Nullable;

/**
 * Stempel's stemmer, remembering the stems it found. Walking its trie was a fifth of a rebuild's analysis, and a
 * language's running text repeats its words: most tokens are a word met before. Each analysing thread has its own
 * (Lucene reuses an analyser's components per thread), so nothing is shared; the memory is bounded by starting
 * afresh once it holds {@link #LIMIT} words.
 */
final class RememberedStems extends StempelStemmer {

    static final int LIMIT = 50_000;
    /** Stands for "Stempel has no stem for this word". */
    private static final String NONE = "";

    private final CharArrayMap<String> stems = new CharArrayMap<>(1024, false);
    private final StringBuilder result = new StringBuilder();

    RememberedStems(Trie table) {
        super(table);
    }

    @Override
    public @Nullable StringBuilder stem(CharSequence word) {
        String known = stems.get(word);
        if (known == null) {
            StringBuilder found = super.stem(word);
            known = found == null ? NONE : found.toString();
            if (stems.size() >= LIMIT) {
                stems.clear();
            }
            stems.put(word, known);
        }
        if (known.isEmpty()) {
            return null;
        }
        result.setLength(0);
        return result.append(known);
    }
}
