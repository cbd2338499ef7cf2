/**
 * The good-practice screens: search with facets, a record, the editor, moderation, my practices, bulk import.
 */
@NullMarked
package org.imcregistry.practice.ui;

import org.jspecify.annotations.NullMarked;
