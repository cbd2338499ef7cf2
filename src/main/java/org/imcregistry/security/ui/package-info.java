/**
 * Sign-in, personal-link pages (invitation, password reset), my account and user administration.
 */
@NullMarked
package org.imcregistry.security.ui;

import org.jspecify.annotations.NullMarked;
