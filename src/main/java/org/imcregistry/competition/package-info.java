/**
 * Good-practice competitions: editions with categories and stages, entries, a jury with conflict checks,
 * (blind) scoring, aggregation, shortlists and their export. It asks other features through their published API.
 */
@NullMarked
package org.imcregistry.competition;

import org.jspecify.annotations.NullMarked;
