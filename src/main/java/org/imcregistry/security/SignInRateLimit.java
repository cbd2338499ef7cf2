package org.imcregistry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.sql.Timestamp;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing across many accounts from one place: after too many wrong passwords from one
 * client address within {@link #WINDOW}, further sign-ins from it are refused until the window has passed,
 * with a message on the sign-in page. (One account is protected on its own by {@link SignInLockout}.)
 * Counting failures, not attempts, keeps many colleagues behind one office address free to sign in. Failures
 * count whichever way they come (the sign-in form or HTTP Basic), and the throttle guards both. They are counted
 * in the database, so a guesser spread over several app instances meets one throttle.
 */
@Component
public class SignInRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Matched on the path within the application, as the sign-in filter itself matches it. */
    private static final RequestMatcher FORM_SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;

    SignInRateLimit(JdbcTemplate jdbc, Clock clock,
            @Value("${imc.security.sign-in-failures-per-address:30}") int maxFailures) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    @EventListener
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            jdbc.update("insert into sign_in_failure (address, failed_at) values (?, ?)",
                    limited(details.getRemoteAddress()), Timestamp.from(clock.instant()));
        }
    }

    boolean isThrottled(String address) {
        Integer failures = jdbc.queryForObject("select count(*) from sign_in_failure where address = ?"
                + " and failed_at >= ?", Integer.class, limited(address), Timestamp.from(clock.instant().minus(WINDOW)));
        return failures != null && failures >= maxFailures;
    }

    /** Failures older than the window count for nothing: forgotten every few minutes, on one instance. */
    @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.MINUTES)
    @SchedulerLock(name = "sign-in-failures-cleanup", lockAtMostFor = "PT5M")
    void forgetOldFailures() {
        jdbc.update("delete from sign_in_failure where failed_at < ?", Timestamp.from(clock.instant().minus(WINDOW)));
    }

    private static String limited(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    /**
     * The filter for the security chain, before the sign-in form is processed: a throttled address is sent back to
     * the sign-in page with the reason. Not a bean itself: Spring Boot would also register a filter bean with the
     * servlet container, and it would run twice.
     */
    OncePerRequestFilter filter() {
        return filter(FORM_SIGN_IN, (request, response, throttled) -> {
            request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, throttled);
            response.sendRedirect(request.getContextPath() + "/login?error");
        });
    }

    /** The same throttle for another way of signing in (HTTP Basic): a throttled address gets {@code refusal}. */
    OncePerRequestFilter filter(RequestMatcher signIns, AuthenticationEntryPoint refusal) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !signIns.matches(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (isThrottled(request.getRemoteAddr())) {
                    refusal.commence(request, response, new TooManySignInFailures());
                } else {
                    chain.doFilter(request, response);
                }
            }
        };
    }

    /** Shown on the sign-in page as "too many failed sign-ins from your network". */
    public static final class TooManySignInFailures extends AuthenticationException {
        TooManySignInFailures() {
            super("Too many failed sign-ins from this address");
        }
    }
}
