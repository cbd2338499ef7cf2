package org.imcregistry.competition;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One juror's scores of one entry by criterion id, as the ranking reads them: a handful of numbers in two arrays. A
 * large edition holds 35,000 of these while its export runs; as hash maps of boxed numbers they took three times the
 * memory, and in a small heap the collector spent its time copying them.
 */
final class CriterionScores extends AbstractMap<Long, Double> {

    private long[] criteria = new long[6];
    private double[] scores = new double[6];
    private int size;

    /** Sets the score of a criterion, replacing one set before. */
    void set(long criterion, double score) {
        for (int i = 0; i < size; i++) {
            if (criteria[i] == criterion) {
                scores[i] = score;
                return;
            }
        }
        if (size == criteria.length) {
            criteria = Arrays.copyOf(criteria, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
        }
        criteria[size] = criterion;
        scores[size++] = score;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public @Nullable Double get(Object key) {
        if (key instanceof Long criterion) {
            for (int i = 0; i < size; i++) {
                if (criteria[i] == criterion) {
                    return scores[i];
                }
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<Long, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<Long, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<Long, Double> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(criteria[i], scores[i]);
                    }
                };
            }
        };
    }
}
