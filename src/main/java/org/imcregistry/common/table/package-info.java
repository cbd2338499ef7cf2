/**
 * Reading uploaded .xlsx/.csv tables with bounded memory, and writing formula-safe .xlsx: published to every
 * feature that imports or exports.
 */
@NullMarked
@NamedInterface("table")
package org.imcregistry.common.table;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
