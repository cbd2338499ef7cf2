/**
 * Reading uploaded .xlsx/.csv tables with bounded memory, and writing formula-safe .xlsx: published to every
 * feature that imports or exports.
 */
@NamedInterface("table")
package org.imcregistry.common.table;

import org.springframework.modulith.NamedInterface;
