/**
 * Drills run on the packaged app by the scripts in bench/; each is a profile that is never active unless asked
 * for by name.
 *
 * <p>The crash-safety drill ({@code bench/run crash}): the packaged app, started with the {@code crash-test}
 * profile, writes through its own services at a steady rate and logs each write the service acknowledged;
 * the script kills it with SIGKILL, restarts it with the {@code crash-check} profile, and that run checks every
 * acknowledged write is in the database and the search index agrees with it.
 *
 * <p>The load drill ({@code bench/run load}): the {@code load-test} profile adds the simulated users, each a
 * respondent of the demo's open self-assessment round, so that they answer without overwriting each other.
 */
@NullMarked
package org.imcregistry.drills;

import org.jspecify.annotations.NullMarked;
