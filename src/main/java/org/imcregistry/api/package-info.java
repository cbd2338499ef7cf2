/**
 * The open data API of the public registry ({@code /api/v1}): read-only JSON for anyone, no sign-in, no session. The
 * search the app's search view uses (query syntax, filters, facets, paging), one whole record, and a streamed dump of
 * every record as JSON Lines and CSV, each record with its licence; an OpenAPI document describes it
 * ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}). Only published records that no competition holds
 * back are here, as on the public pages; errors are RFC 9457 problem details, and each client address has a rate
 * limit.
 */
@NullMarked
package org.imcregistry.api;

import org.jspecify.annotations.NullMarked;
