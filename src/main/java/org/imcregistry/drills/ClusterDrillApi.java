package org.imcregistry.drills;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.common.SecretTokens;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the failover drill ({@code bench/run cluster}) asks each instance directly, past the balancer: publish a record
 * here (answered once committed, so an answer is an acknowledged write), is a marker found in this instance's index,
 * and does this index agree with the database. Only in the {@code cluster-drill} profile, and only with the drill's
 * token, which the script makes up for each run.
 */
@RestController
@Profile("cluster-drill")
@RequestMapping("/api/drills/cluster")
class ClusterDrillApi {

    static final String EDITOR = "drill-editor";

    private final Practices practices;
    private final PracticeSearch search;
    private final NamedParameterJdbcTemplate jdbc;
    private final ActingAs actingAs;
    private final String tokenHash;

    ClusterDrillApi(Practices practices, PracticeSearch search, NamedParameterJdbcTemplate jdbc, ActingAs actingAs,
            @Value("${imc.cluster-drill.token}") String token) {
        this.practices = practices;
        this.search = search;
        this.jdbc = jdbc;
        this.actingAs = actingAs;
        this.tokenHash = SecretTokens.hash(token);
    }

    /** Written, submitted and published by the drill's editor through the services the views call. */
    @PostMapping("/publish")
    Map<String, Object> publish(@RequestHeader("X-Drill-Token") String token, @RequestParam String marker) {
        allowed(token);
        actingAs.as(EDITOR);
        try {
            Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
            sections.put(PracticeSection.INTRODUCTION, "Published by the cluster drill, " + marker + ".");
            long id = practices.create(new PracticeContent("Cluster drill record " + marker, "Place", null, "NO",
                    null, RecordLanguage.EN, 2020, null, null, null, null, null, null, null, null, sections, Set.of(),
                    Set.of(), Set.of()));
            practices.submit(id);
            practices.publish(id, null);
            return Map.of("id", id);
        } finally {
            actingAs.clear();
        }
    }

    @GetMapping("/found")
    Map<String, Object> found(@RequestHeader("X-Drill-Token") String token, @RequestParam String marker) {
        allowed(token);
        return Map.of("hits", search.search(new SearchQuery(marker, Map.of(), SearchQuery.Order.RELEVANCE, 0, 10))
                .total());
    }

    @GetMapping("/index")
    Map<String, Object> index(@RequestHeader("X-Drill-Token") String token) {
        allowed(token);
        IndexAgreement agreement = IndexAgreement.of(jdbc.getJdbcTemplate(), search);
        return Map.of("published", agreement.published(), "missing", agreement.missing().size(),
                "extra", agreement.extra().size());
    }

    /** Of the ids the drill was answered with, how many are not a published record in the database. */
    @PostMapping("/lost")
    Map<String, Object> lost(@RequestHeader("X-Drill-Token") String token, @RequestBody String ids) {
        allowed(token);
        List<Long> acked = Arrays.stream(ids.split("\\s+")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        int there = 0;
        for (int from = 0; from < acked.size(); from += 1000) {
            List<Long> batch = acked.subList(from, Math.min(acked.size(), from + 1000));
            Integer count = jdbc.queryForObject("select count(*) from practice where status = 'PUBLISHED'"
                    + " and id in (:ids)", Map.of("ids", batch), Integer.class);
            there += count == null ? 0 : count;
        }
        return Map.of("acked", acked.size(), "lost", acked.size() - there);
    }

    private void allowed(String token) {
        if (!SecretTokens.matches(token, tokenHash)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("cluster-drill")
    static class Security {

        /** The drill's token is the check; no session, and no CSRF token since no browser calls this. */
        @Bean
        @Order(2)
        SecurityFilterChain clusterDrillSecurity(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/drills/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .build();
        }
    }
}
