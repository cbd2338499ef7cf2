/**
 * Backups of the embedded database on a schedule (one instance at a time) and a restore on the next start.
 */
@NullMarked
package org.imcregistry.backup;

import org.jspecify.annotations.NullMarked;
