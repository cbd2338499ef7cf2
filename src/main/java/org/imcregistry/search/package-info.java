/**
 * The Lucene index of published practices, one per instance, with per-language analysis, facets, the user
 * query parser and highlighting. It is fed by the practice module and knows nothing of the database.
 */
@NullMarked
package org.imcregistry.search;

import org.jspecify.annotations.NullMarked;
