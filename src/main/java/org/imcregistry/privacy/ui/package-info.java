/** The administrators' record of processing activities and a person's export and erasure. */
@NullMarked
package org.imcregistry.privacy.ui;

import org.jspecify.annotations.NullMarked;
