package org.imcregistry.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.common.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}): a title and a detail in the
 * client's language (Accept-Language: English, Norwegian, Polish), the parameter that was wrong, never a stack trace.
 * The app's own error pages are for people; a program gets something it can read.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final JsonMapper mapper;

    ApiProblems(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
        ProblemDetail problem = problem(request, e.status(), e.key(), e.arguments());
        if (e.parameter() != null) {
            problem.setProperty("parameter", e.parameter());
        }
        return respond(problem, request);
    }

    /** Anything unforeseen: logged here with its trace, told to the client in one sentence. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known) {
            // Spring MVC's own refusals (a method other than GET, an Accept it cannot serve): their status and words.
            ProblemDetail problem = known.getBody();
            problem.setInstance(URI.create(request.getRequestURI()));
            return respond(problem, request);
        }
        log.error("API request {} failed", request.getRequestURI(), e);
        return respond(problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.error.detail"), request);
    }

    /** For the filters before Spring MVC (the rate limit), which write their answer themselves. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            Object... arguments) throws IOException {
        ProblemDetail problem = problem(request, status, key, arguments);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", String.valueOf(problem.getInstance()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale(request).getLanguage());
        response.getOutputStream().write(mapper.writeValueAsBytes(body));
    }

    private static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String key,
            Object... arguments) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, MessageBundle.text(key, locale, arguments));
        problem.setTitle(MessageBundle.text(title(status), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "api.problem.bad-parameter.title";
            case NOT_FOUND -> "api.problem.not-found.title";
            case TOO_MANY_REQUESTS -> "api.problem.rate-limit.title";
            default -> "api.problem.error.title";
        };
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale(request).getLanguage()).body(problem);
    }

    /** The client's language among the app's three; English when it names none of them (or no language at all). */
    static Locale locale(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return SupportedLocales.ENGLISH;
        }
        for (Locale wanted : java.util.Collections.list(request.getLocales())) {
            if (java.util.Set.of("en", "nb", "no", "nn", "pl").contains(wanted.getLanguage())) {
                return SupportedLocales.closest(wanted);
            }
        }
        return SupportedLocales.ENGLISH;
    }
}
