package org.imcregistry.common;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person whose data is exported or erased, as the features know them: the accounts they hold, the names they go by
 * and their e-mail addresses. Found by username or address, then widened by each feature with what it knows (a
 * respondent's name for an address), so that the search for them in free text uses every form.
 */
public record PersonRef(Set<Long> accountIds, Set<String> names, Set<String> addresses) {

    /** Names and addresses shorter than this are not looked for in free text: "Bo" would match too much. */
    static final int SHORTEST = 4;

    public PersonRef {
        accountIds = Set.copyOf(accountIds);
        names = clean(names.stream());
        addresses = clean(addresses.stream().map(a -> a.toLowerCase(Locale.ROOT)));
    }

    public static PersonRef none() {
        return new PersonRef(Set.of(), Set.of(), Set.of());
    }

    public PersonRef with(PersonRef other) {
        return new PersonRef(union(accountIds, other.accountIds), union(names, other.names),
                union(addresses, other.addresses));
    }

    public boolean isEmpty() {
        return accountIds.isEmpty() && names.isEmpty() && addresses.isEmpty();
    }

    /** The names and addresses to look for in free text, longest first (so a full name goes before a part of it). */
    public java.util.List<String> searchTerms() {
        return Stream.concat(names.stream(), addresses.stream()).filter(t -> t.length() >= SHORTEST)
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    private static <T extends Comparable<T>> Set<T> union(Collection<T> a, Collection<T> b) {
        Set<T> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> clean(Stream<String> values) {
        return values.map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
