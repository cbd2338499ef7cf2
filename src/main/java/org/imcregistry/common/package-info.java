/**
 * The small kernel every feature may use: messages and locales, the clock, public links, secret tokens,
 * user-facing refusals, event retries and scheduling locks. It knows no feature.
 */
@NullMarked
package org.imcregistry.common;

import org.jspecify.annotations.NullMarked;
