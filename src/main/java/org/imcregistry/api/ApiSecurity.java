package org.imcregistry.api;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The API's own security chain: anyone may read, nobody signs in, no session is made (so no cookie and no CSRF
 * token: the API only answers GET), and any web page may call it from the browser (CORS, any origin, no credentials).
 * Covers the OpenAPI document too, so that tools on other sites can read it; the browsable UI is a page of the app
 * (security/SecurityConfiguration names it).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String[] PATHS = {"/api/v1/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};

    @Bean
    // After the backup API's chain (1), before the app's, which takes every request no other chain took.
    @Order(2)
    SecurityFilterChain openDataApiSecurity(HttpSecurity http, ApiRateLimit rateLimit) throws Exception {
        return http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .cors(cors -> cors.configurationSource(cors()))
                // The responses say themselves how long they may be kept (Cache-Control with an ETag); Spring
                // Security's "no-store" would forbid the very caching an open data API wants.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                // After CORS, so that a refusal still carries Access-Control-Allow-Origin and a browser script can
                // read its Retry-After; a preflight is answered by CORS and costs nothing.
                .addFilterAfter(rateLimit.filter(), CorsFilter.class)
                .build();
    }

    private static UrlBasedCorsConfigurationSource cors() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.of("*"));
        config.setAllowedMethods(List.of("GET", "HEAD"));
        // Any request header: nothing a caller sends can widen what a GET without credentials may read.
        config.setAllowedHeaders(List.of("*"));
        config.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER, HttpHeaders.CONTENT_LANGUAGE,
                "X-RateLimit-Limit"));
        config.setAllowCredentials(false);
        config.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
