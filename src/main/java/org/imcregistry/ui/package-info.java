/**
 * Shared UI parts (headers, empty states, uploads, notifications, the viewer's zone and today): they know no feature.
 */
@NullMarked
package org.imcregistry.ui;

import org.jspecify.annotations.NullMarked;
