package org.imcregistry.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import org.jspecify.annotations.Nullable;

/**
 * The shipped list of Norwegian words that compounds are made of ({@code search/compound-parts-nb.txt}): the
 * glossary's and the records' common nouns. A word not on it is simply not split, so the list can only add
 * matches, never lose one.
 */
final class CompoundParts {

    private static final String FILE = "/search/compound-parts-nb.txt";
    private static volatile @Nullable CharArraySet norwegian;

    private CompoundParts() {
    }

    static CharArraySet norwegian() {
        CharArraySet loaded = norwegian;
        if (loaded == null) {
            loaded = read();
            norwegian = loaded;
        }
        return loaded;
    }

    private static CharArraySet read() {
        CharArraySet words = new CharArraySet(512, false);
        try (InputStream in = Objects.requireNonNull(CompoundParts.class.getResourceAsStream(FILE), FILE + " is shipped");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                // a comment runs to the end of its line; words before it still count
                for (String word : line.replaceFirst("#.*", "").split("\\s+")) {
                    if (!word.isBlank()) {
                        words.add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw LanguageAnalyzers.unreadable(FILE, e);
        }
        return CharArraySet.unmodifiableSet(words);
    }
}
