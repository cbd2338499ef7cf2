package org.imcregistry.api;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with what to tell the client: the status, and the message bundle keys of the problem's
 * title and detail (see {@link ApiProblems}). Thrown for every wrong parameter and every id that is not public.
 */
final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final Object[] arguments;
    private final @Nullable String parameter;

    private ApiException(HttpStatus status, String key, @Nullable String parameter, Object... arguments) {
        // Expected refusals, told to the client: no stack trace to fill or log.
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.parameter = parameter;
        this.arguments = arguments;
    }

    /** A parameter the API cannot read; {@code key} names the detail, {@code arguments} fill it. */
    static ApiException badParameter(String parameter, String key, Object... arguments) {
        return new ApiException(HttpStatus.BAD_REQUEST, key, parameter, arguments);
    }

    /**
     * No public record here: missing, a draft, rejected or held back all answer alike, so that the API does not tell
     * that a hidden record exists.
     */
    static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "api.problem.not-found.detail", null);
    }

    HttpStatus status() {
        return status;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.clone();
    }

    @Nullable String parameter() {
        return parameter;
    }
}
