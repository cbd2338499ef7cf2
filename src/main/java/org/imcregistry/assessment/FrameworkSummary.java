package org.imcregistry.assessment;

import org.imcregistry.assessment.framework.Framework;

/** A framework version in lists: which one, where it came from, and its parsed content. */
public record FrameworkSummary(long id, String key, int version, boolean shipped, Framework framework) {
}
