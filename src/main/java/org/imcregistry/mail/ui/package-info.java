/**
 * The administrators' and coordinators' view of outgoing mail.
 */
@NullMarked
package org.imcregistry.mail.ui;

import org.jspecify.annotations.NullMarked;
