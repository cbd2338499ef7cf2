package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imcregistry.bootstrap.AppRuns;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two app instances on one database, each with its own search index: a record published through one is found in
 * the other's search within 2 seconds, and an instance that was stopped finds what was published meanwhile as soon
 * as it is back. (On the PostgreSQL test run both share one schema; on H2 one file database.)
 */
class TwoInstancesTest {

    @TempDir
    Path data;

    @Test
    void aRecordPublishedThroughOneInstanceIsFoundInTheOthersSearchWithinTwoSeconds() {
        String schema = "t_pair_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String[] shared = {"--imc.data-dir=" + data, "--spring.profiles.active=demo",
            "--imc.test.postgres-schema=" + schema};
        ConfigurableApplicationContext a = AppRuns.start(with(shared, "--imc.search.index-dir=" + data.resolve("a")));
        ConfigurableApplicationContext b = AppRuns.start(with(shared, "--imc.search.index-dir=" + data.resolve("b")));
        try {
            publish(a, "Twin harbour ferries");
            long lag = timeUntilFound(b, "Twin harbour ferries");
            assertThat(lag).as("ms until the other instance finds it").isLessThanOrEqualTo(2_000);

            publish(b, "Twin mountain buses");
            assertThat(timeUntilFound(a, "Twin mountain buses")).isLessThanOrEqualTo(2_000);

            b.close();
            publish(a, "Twin river boats");
            b = AppRuns.start(with(shared, "--imc.search.index-dir=" + data.resolve("b")));
            assertThat(found(b, "Twin river boats")).as("caught up at start, from its own index").isTrue();
            assertThat(found(b, "Twin harbour ferries")).isTrue();
        } finally {
            b.close();
            a.close();
        }
    }

    private static String[] with(String[] shared, String own) {
        String[] all = java.util.Arrays.copyOf(shared, shared.length + 1);
        all[shared.length] = own;
        return all;
    }

    private static void publish(ConfigurableApplicationContext app, String title) {
        Practices practices = app.getBean(Practices.class);
        as(app, "member");
        long id = practices.create(PracticeFixture.content(title, RecordLanguage.EN, "Shared by two instances.",
                Set.of("GOVERNANCE"), Set.of(11), "NO", 2022));
        practices.submit(id);
        as(app, "editor");
        practices.publish(id, null);
    }

    private static long timeUntilFound(ConfigurableApplicationContext app, String title) {
        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> found(app, title));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static boolean found(ConfigurableApplicationContext app, String title) {
        return app.getBean(PracticeSearch.class).allHits(new SearchQuery("\"" + title + "\"", Map.of(),
                SearchQuery.Order.NEWEST, 0, 10)).stream().map(SearchPage.Hit::title).anyMatch(title::equals);
    }

    private static void as(ConfigurableApplicationContext app, String username) {
        var details = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        app.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, "n/a", details.getAuthorities()));
    }
}
