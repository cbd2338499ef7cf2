package org.imcregistry.search;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Lucene's dictionary decomposition ({@code DictionaryCompoundWordTokenFilter}: every known part of a word, at the
 * word's position and offsets), remembering each word's parts. The brute-force search looks every substring up in
 * the dictionary, and running text repeats its words. One per analysing thread, bounded like {@link RememberedStems}.
 */
final class RememberedCompoundParts extends CompoundWordTokenFilterBase {

    private static final int[] NO_PARTS = {};

    /** Per word: the start and length of each part, in pairs. */
    private final CharArrayMap<int[]> parts = new CharArrayMap<>(1024, false);

    RememberedCompoundParts(TokenStream input, CharArraySet dictionary, int minWordSize, int minSubwordSize,
            int maxSubwordSize) {
        super(input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, false);
    }

    @Override
    protected void decompose() {
        int[] known = parts.get(termAtt.buffer(), 0, termAtt.length());
        if (known == null) {
            known = find();
            if (parts.size() >= RememberedStems.LIMIT) {
                parts.clear();
            }
            parts.put(termAtt.toString(), known);
        }
        for (int p = 0; p < known.length; p += 2) {
            tokens.add(new CompoundToken(known[p], known[p + 1]));
        }
    }

    /** As Lucene's filter does it, without keeping only the longest match. */
    private int[] find() {
        int length = termAtt.length();
        int[] found = NO_PARTS;
        int count = 0;
        for (int i = 0; i <= length - minSubwordSize; i++) {
            for (int j = minSubwordSize; j <= maxSubwordSize && i + j <= length; j++) {
                if (dictionary.contains(termAtt.buffer(), i, j)) {
                    if (count + 2 > found.length) {
                        found = java.util.Arrays.copyOf(found, Math.max(4, found.length * 2));
                    }
                    found[count++] = i;
                    found[count++] = j;
                }
            }
        }
        return count == found.length ? found : java.util.Arrays.copyOf(found, count);
    }
}
