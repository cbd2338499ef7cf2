package org.imcregistry.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Where the index gets published records from: the database, the source of truth. */
public interface PracticeSource {

    /** Id → version of every published record. */
    Map<Long, Long> publishedVersions();

    /** The published ones among these records (others are simply absent). */
    List<IndexedPractice> published(Collection<Long> ids);

    /** Every published record, in batches, for a rebuild. */
    void forEachPublished(Consumer<List<IndexedPractice>> batch);
}
