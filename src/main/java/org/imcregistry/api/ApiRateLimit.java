package org.imcregistry.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A fair share of the API for every client address: a token bucket of {@code imc.api.requests-per-minute} requests
 * (Bucket4j), refilled evenly over the minute, so a harvester that keeps to the rate is never refused and a burst is
 * answered with 429 and how many seconds to wait ({@code Retry-After}). The buckets live in this instance's memory:
 * behind a load balancer, each instance counts on its own, so a client may get up to the limit from each.
 */
@Component
class ApiRateLimit {

    /** More addresses than this at once and the full buckets (idle for a minute) are forgotten before a new one. */
    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final ApiProblems problems;

    ApiRateLimit(@Value("${imc.api.requests-per-minute:120}") int perMinute, ApiProblems problems) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("imc.api.requests-per-minute must be at least 1, is " + perMinute);
        }
        this.perMinute = perMinute;
        this.problems = problems;
    }

    /**
     * Takes one request from the address's bucket: the wait in whole seconds (at least 1) when it is empty, else 0.
     * Addresses past 64 characters are cut, so that a forged header cannot make the map's keys large.
     */
    long take(String address) {
        if (buckets.size() >= MAX_ADDRESSES) {
            forgetIdle();
        }
        String key = address.length() > 64 ? address.substring(0, 64) : address;
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }

    /** A full bucket says nothing a new one would not: dropped, so that memory follows the active clients only. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void forgetIdle() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
    }

    /** For the API's security chain (not a bean, which Spring Boot would also run for every other request). */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                long wait = take(request.getRemoteAddr());
                response.setHeader("X-RateLimit-Limit", String.valueOf(perMinute));
                if (wait == 0) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader("Retry-After", String.valueOf(wait));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.problem.rate-limit.detail",
                        perMinute, wait);
            }
        };
    }
}
