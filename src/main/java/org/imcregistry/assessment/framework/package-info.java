/**
 * The model of an assessment framework (criteria, scales, stages and their conditions) as read from its JSON file:
 * part of what the assessment module publishes, since an answer sheet carries its framework.
 */
@NullMarked
@NamedInterface("framework")
package org.imcregistry.assessment.framework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
