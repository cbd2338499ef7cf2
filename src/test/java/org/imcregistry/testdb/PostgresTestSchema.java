package org.imcregistry.testdb;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the PostgreSQL test run (Maven profile {@code postgres}, active when {@code IMC_TEST_POSTGRES_URL} is
 * set, as {@code .ci/run} does) every test application context runs against PostgreSQL instead of
 * in-memory H2: each context gets its own new schema, so contexts
 * stay as independent as they are on H2, and Flyway migrates it with the same migrations as production.
 */
public class PostgresTestSchema implements EnvironmentPostProcessor {

    static final String URL = "IMC_TEST_POSTGRES_URL";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(URL);
        if (!"postgres".equals(environment.getProperty("imc.test.database")) || url == null || url.isBlank()) {
            return;
        }
        String user = environment.getProperty("IMC_TEST_POSTGRES_USER", "imc");
        String password = environment.getProperty("IMC_TEST_POSTGRES_PASSWORD", "imc");
        // Two application contexts that must share one database (two app instances) name their schema.
        String shared = environment.getProperty("imc.test.postgres-schema");
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestSchema",
                shared == null ? datasource(url, user, password) : datasource(url, user, password, shared)));
    }

    /**
     * A new, empty schema in the test PostgreSQL, as the {@code spring.datasource.*} properties that use it; for
     * tests that start an application of their own against the real database.
     */
    public static Map<String, Object> datasource(String url, String user, String password) {
        return datasource(url, user, password, "t_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** The named schema, made if it does not exist yet. */
    static Map<String, Object> datasource(String url, String user, String password, String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test schema in " + url + ": " + e.getMessage(), e);
        }
        // The test run keeps dozens of application contexts open (Spring caches them): small pools, so that
        // together they stay within the server's connection limit.
        return Map.of("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", user, "spring.datasource.password", password,
                "spring.datasource.hikari.maximum-pool-size", "6", "spring.datasource.hikari.minimum-idle", "1");
    }
}
