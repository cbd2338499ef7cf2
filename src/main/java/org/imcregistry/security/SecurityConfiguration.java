package org.imcregistry.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.imcregistry.security.ui.LoginView;
import org.imcregistry.ui.map.MapTiles;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sign-in with Vaadin's login view; view access by annotations; services re-check access with
 * {@code @PreAuthorize}, so rules hold even when a view is bypassed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * What Vaadin Flow tolerates: its bootstrap page starts the client engine with an inline script, and the
     * engine evaluates the expressions the server sends ('unsafe-inline' 'unsafe-eval'); everything else is
     * this origin only, and no other site may frame the app. The one exception: images from the map's tile server
     * (its origin only, as {@code imc.map.tiles} names it; none when the map has no tiles or serves them itself).
     */
    static String contentSecurityPolicy(MapTiles tiles) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:" + tiles.imageSource().map(source -> " " + source).orElse(""),
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** The routes that take a secret token from a personal link (invitations, password resets, answer forms). */
    public static final List<String> PERSONAL_LINK_ROUTES = List.of("invitation", "reset-password", "respond");

    private static final RequestMatcher PERSONAL_LINK_PAGES = new OrRequestMatcher(PERSONAL_LINK_ROUTES.stream()
            .map(route -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher("/" + route + "/**"))
            .toList());

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInRateLimit signInRateLimit, RequestUtil vaadinRequests,
                                            SessionRegistry sessionRegistry, MapTiles tiles) throws Exception {
        // Spring Security's defaults stay on: CSRF, session fixation protection (a new session id at sign-in),
        // no-cache headers and X-Content-Type-Options. HSTS is sent on HTTPS requests only, which in
        // production are those the reverse proxy forwards (server.forward-headers-strategy in the prod profile).
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles)))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Pages reached by a personal link carry its secret in their address: never indexed, never followed.
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PERSONAL_LINK_PAGES,
                        new StaticHeadersWriter("X-Robots-Tag", "noindex, nofollow")))
                // Vaadin's pages are forwarded to its servlet, and a forwarded response is finished without the
                // wrapper that would add the headers on commit: write them when the request arrives instead.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.addFilterBefore(signInRateLimit.filter(), UsernamePasswordAuthenticationFilter.class);
        // Every sign-in is recorded with its session, so that SignedInSessions can end them when an administrator
        // disables the account or changes what it may do. No limit on sessions per account (no concurrency control);
        // the new session id at sign-in stays, and comes first, so the id recorded is the one the browser keeps.
        http.sessionManagement(session -> session.sessionAuthenticationStrategy(
                new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(),
                        new RegisterSessionAuthenticationStrategy(sessionRegistry)))));
        http.authorizeHttpRequests(auth -> auth
                // An error page is shown to whoever ran into the error, not sent to sign in first.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Only health is exposed (application.properties); should an operator expose more, it stays closed
                // even to administrators: environment, beans and heap dumps hold secrets and personal data. Vaadin's
                // configurer denies whatever is neither a view nor permitted here, but that is its default to change.
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/styles.css", "/images/**", "/icons/**", "/webjars/**").permitAll()
                // The public web (publicweb): pages of published records, the crawler files and the feed are for
                // everyone, named here so that they stay open whatever becomes of the rule for the rest below.
                .requestMatchers("/good-practices", "/good-practices/**", "/robots.txt", "/sitemap.xml",
                        "/sitemaps/**", "/feed.atom", "/public.css", "/privacy").permitAll()
                // A record's photos and attachments: the controller (practice/RecordFilesController) checks the record.
                .requestMatchers("/practice-files/**").permitAll()
                // The open data API's browsable documentation (springdoc's Swagger UI); the API itself and its
                // OpenAPI document have a chain of their own (api/ApiSecurity).
                .requestMatchers("/swagger-ui.html", "/swagger-ui/**").permitAll());
        // Vaadin's own CSRF set-up also exempts the sign-in form (vaadin/flow#17427), which lets another site sign
        // a visitor in to an account of its choosing. The login form sends the token anyway, so only the
        // framework's internal requests (which carry their own token) are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Vaadin 25 denies every request that no rule names, so a mistyped address gave a signed-in person the
        // container's bare 403 page and sent a visitor to sign in. Let such requests reach Vaadin, which answers with
        // the app's own "not found" page; views stay guarded by their access annotations, the backup API by its own
        // chain, and the actuator by the rule above. The app serves no static file that is not public.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false).anyRequest(any -> any.permitAll())).build();
    }

    /** Who is signed in with which session; filled at sign-in, emptied as the container ends sessions. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Passes the container's session events on to the registry and to {@link SignedInSessions}. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Delegating encoder: bcrypt today, and stored hashes say which algorithm made them, so it can be upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
