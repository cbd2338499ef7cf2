/**
 * Good-practice records: writing, moderation, publication, history, imports, awards and notifications; a
 * committed change reaches every instance's search index through the durable change log.
 */
@NullMarked
package org.imcregistry.practice;

import org.jspecify.annotations.NullMarked;
