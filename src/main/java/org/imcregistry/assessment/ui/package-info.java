/**
 * The assessment screens: rounds, answering (signed in or through a personal link), consensus, results,
 * respondents and action plans.
 */
@NullMarked
package org.imcregistry.assessment.ui;

import org.jspecify.annotations.NullMarked;
