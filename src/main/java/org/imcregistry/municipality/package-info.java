/**
 * The register: municipalities, partnerships with their members and people, managed lists, import and export,
 * and who may see and change a partnership.
 */
@NullMarked
package org.imcregistry.municipality;

import org.jspecify.annotations.NullMarked;
