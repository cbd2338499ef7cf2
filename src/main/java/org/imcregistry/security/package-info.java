/**
 * Accounts, roles, sign-in (with throttles that count across instances), invitations and password links,
 * notification preferences, and the directory other features read people from.
 */
@NullMarked
package org.imcregistry.security;

import org.jspecify.annotations.NullMarked;
