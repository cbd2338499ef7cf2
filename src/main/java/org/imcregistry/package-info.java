/**
 * IMC Registry: the application and its feature modules (assessment, municipality, practice, search, competition,
 * security, mail, backup), the shared parts (common, ui) and the shell that puts them together.
 */
@NullMarked
package org.imcregistry;

import org.jspecify.annotations.NullMarked;
