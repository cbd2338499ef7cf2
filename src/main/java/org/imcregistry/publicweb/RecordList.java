package org.imcregistry.publicweb;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a public list of records (newest, or those of one theme, country or goal), with the links to the
 * pages before and after it; {@code heading} and {@code canonical} are ready to show.
 */
record RecordList(String heading, String canonical, List<Item> items, long total, int page, int pages,
        @Nullable String previous, @Nullable String next) {

    /**
     * A record in the list: its page, and its title, place and the start of its text in the record's own language
     * ({@code lang}); the country and the date of publication in the visitor's.
     */
    record Item(String href, String title, @Nullable String lang, @Nullable String place, @Nullable String country,
            @Nullable String summary, @Nullable String published, @Nullable String publishedLabel) {
    }

    /** A value to list records by (a theme, a country, a goal), with how many public records have it. */
    record Value(String text, String href, int count) {
    }
}
