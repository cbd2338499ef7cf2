package org.imcregistry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for the operators' API ({@code curl -u admin ...}), for administrators only. Its guesses count against
 * the same throttle per address ({@link SignInRateLimit}) and lock-out per account ({@link SignInLockout}) as the
 * sign-in form's, through the same authentication events. Every refusal is one and the same answer (unknown
 * account, wrong password, locked, disabled or expired account, throttled address, no admin role): otherwise the
 * API would tell a guesser which password is right for an account that merely lacks the role.
 */
@Component
public class ApiSignIn {

    private static final byte[] REFUSAL = "{\"status\":401,\"title\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);

    private final SignInRateLimit rateLimit;

    ApiSignIn(SignInRateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    /** The security chain for {@code http}, which the caller has already narrowed to its API's paths. */
    public SecurityFilterChain administratorsOnly(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint refuse = ApiSignIn::refuse;
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(Role.ADMIN.authority()))
                .httpBasic(basic -> basic.authenticationEntryPoint(refuse))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refuse)
                        .accessDeniedHandler(ApiSignIn::refuse))
                .addFilterBefore(rateLimit.filter(AnyRequestMatcher.INSTANCE, refuse), BasicAuthenticationFilter.class)
                // No session, so no session cookie, and no CSRF token to carry.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Written here rather than through the error page, whose body carries a time stamp: two refusals must not
     * differ in a single byte, whatever the reason (which is deliberately ignored).
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, RuntimeException reason)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"IMC Registry\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setContentLength(REFUSAL.length);
        response.getOutputStream().write(REFUSAL);
    }
}
