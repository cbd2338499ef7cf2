/**
 * The frame around every view: the main layout with its menu, the home page and the error pages. Only the
 * shell knows every feature.
 */
@NullMarked
package org.imcregistry.shell;

import org.jspecify.annotations.NullMarked;
