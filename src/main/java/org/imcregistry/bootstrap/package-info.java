/**
 * What happens on the first start of an empty database: the first administrator and, outside production,
 * the demo data.
 */
@NullMarked
package org.imcregistry.bootstrap;

import org.jspecify.annotations.NullMarked;
