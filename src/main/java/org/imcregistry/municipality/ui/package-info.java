/**
 * The register screens: municipalities, partnerships, their editor, import, managed lists and the overview.
 */
@NullMarked
package org.imcregistry.municipality.ui;

import org.jspecify.annotations.NullMarked;
