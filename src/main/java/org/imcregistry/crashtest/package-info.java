/**
 * The crash-safety drill ({@code bench/run crash}): the packaged app, started with the {@code crash-test}
 * profile, writes through its own services at a steady rate and logs each write the service acknowledged;
 * the script kills it with SIGKILL, restarts it with the {@code crash-check} profile, and that run checks every
 * acknowledged write is in the database and the search index agrees with it. Neither profile is ever active
 * unless asked for by name.
 */
package org.imcregistry.crashtest;
