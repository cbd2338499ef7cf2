/**
 * The competition screens for managers and jurors.
 */
@NullMarked
package org.imcregistry.competition.ui;

import org.jspecify.annotations.NullMarked;
