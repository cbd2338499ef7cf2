/**
 * Self-assessment of a partnership's cooperation: rounds opened on a framework, answers from members and from
 * respondents invited by address, consensus, results compared with peers, action plans and reminders.
 */
@NullMarked
package org.imcregistry.assessment;

import org.jspecify.annotations.NullMarked;
