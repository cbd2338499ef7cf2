package org.imcregistry.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The peer of {@code bench/run search}: PostgreSQL's own full-text search over the same records. A throw-away
 * server is started by {@code .ci/postgres} as CI starts it; each record becomes one row with a {@code tsvector} per
 * language configuration ({@code english}, {@code norwegian}, and {@code simple} for Polish, as PostgreSQL ships no
 * Polish stemmer), title weighted above the sections, each with a GIN index. One query does what the search does:
 * every match in any language, the top ten by {@code ts_rank}, the facet counts by {@code GROUP BY} over all the
 * matches (theme, goal, country, language, year) and a {@code ts_headline} snippet of each of the ten.
 */
final class PostgresFullTextBaseline implements AutoCloseable {

    private static final String SEARCH = """
            with q as (select websearch_to_tsquery('english', ?) en, websearch_to_tsquery('norwegian', ?) nb,
                              websearch_to_tsquery('simple', ?) pl),
            m as materialized (
              select d.id, d.theme, d.sdg, d.country, d.language, d.start_year,
                     ts_rank(coalesce(d.tsv_en, d.tsv_nb, d.tsv_pl),
                             case d.language when 'en' then q.en when 'nb' then q.nb else q.pl end) rank
              from doc d, q
              where (d.tsv_en @@ q.en or d.tsv_nb @@ q.nb or d.tsv_pl @@ q.pl) %s),
            top as (select id, rank from m order by rank desc, id limit 10)
            select 'hit' kind, null val, t.id n,
                   ts_headline(case d.language when 'en' then 'english'::regconfig when 'nb' then 'norwegian'
                               else 'simple' end, d.body, case d.language when 'en' then q.en when 'nb' then q.nb
                               else q.pl end, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30') snippet
            from top t join doc d on d.id = t.id, q
            union all select 'theme', theme, count(*), null from m group by theme
            union all select 'sdg', sdg::text, count(*), null from m group by sdg
            union all select 'country', country, count(*), null from m group by country
            union all select 'language', language, count(*), null from m group by language
            union all select 'year', start_year::text, count(*), null from m group by start_year""";

    private final Path serverDir;
    private final Connection connection;

    private PostgresFullTextBaseline(Path serverDir, Connection connection) {
        this.serverDir = serverDir;
        this.connection = connection;
    }

    /** Starts the server, or says plainly why not and gives null (then the benchmark goes on without its peer). */
    static @Nullable PostgresFullTextBaseline startOrExplain() throws IOException, InterruptedException, SQLException {
        if (!Files.isDirectory(Path.of("/usr/lib/postgresql"))) {
            System.err.println("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin): the PostgreSQL full-text"
                    + " baseline is skipped; install Debian's postgresql package to measure it");
            return null;
        }
        Process start = new ProcessBuilder(".ci/postgres", "start").redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (start.waitFor() != 0 || output.isEmpty()) {
            throw new IllegalStateException(".ci/postgres start failed: " + output);
        }
        Path dir = Path.of(output.lines().reduce((a, b) -> b).orElseThrow());
        String port = System.getenv().getOrDefault("IMC_TEST_PG_PORT", "54329");
        Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port
                + "/imc_test?reWriteBatchedInserts=true", "imc", "imc");
        return new PostgresFullTextBaseline(dir, connection);
    }

    /** Copies the published records from the app's database; returns how many. Indexes are built after the load. */
    int load(JdbcTemplate h2) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create table doc (id bigint primary key, title text, body text, language text, country text,
                      theme text, sdg int, start_year int,
                      tsv_en tsvector generated always as (case when language = 'en' then
                        setweight(to_tsvector('english', coalesce(title, '')), 'A')
                        || setweight(to_tsvector('english', body), 'B') end) stored,
                      tsv_nb tsvector generated always as (case when language = 'nb' then
                        setweight(to_tsvector('norwegian', coalesce(title, '')), 'A')
                        || setweight(to_tsvector('norwegian', body), 'B') end) stored,
                      tsv_pl tsvector generated always as (case when language not in ('en', 'nb') then
                        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
                        || setweight(to_tsvector('simple', body), 'B') end) stored)""");
        }
        // Two passes in id order, merged here: the records with their first theme and goal, then every section.
        Map<Long, Object[]> records = new HashMap<>();
        h2.query("""
                select p.id, p.title, p.language, p.country, p.start_year,
                  (select min(t.theme) from practice_theme_link t where t.practice_id = p.id) theme,
                  (select min(g.goal) from practice_sdg g where g.practice_id = p.id) sdg
                from practice p where p.status = 'PUBLISHED'""", rs -> {
            records.put(rs.getLong(1), new Object[] {rs.getLong(1), rs.getString(2), null, rs.getString(3),
                    rs.getString(4), rs.getString(6), rs.getObject(7), rs.getObject(5)});
        });
        connection.setAutoCommit(false);
        int[] loaded = {0};
        try (PreparedStatement insert = connection.prepareStatement("insert into doc (id, title, body, language,"
                + " country, theme, sdg, start_year) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            StringBuilder body = new StringBuilder();
            long[] current = {-1};
            Sink sink = id -> {
                Object[] row = records.remove(id);
                if (row != null) {
                    row[2] = body.toString();
                    for (int c = 0; c < row.length; c++) {
                        insert.setObject(c + 1, row[c]);
                    }
                    insert.addBatch();
                    if (++loaded[0] % 1_000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                body.setLength(0);
            };
            h2.query("select practice_id, body from practice_section order by practice_id, section", rs -> {
                long id = rs.getLong(1);
                if (id != current[0] && current[0] >= 0) {
                    sink.take(current[0]);
                }
                current[0] = id;
                body.append(rs.getString(2)).append(' ');
            });
            if (current[0] >= 0) {
                sink.take(current[0]);
            }
            // records without sections
            for (Long id : List.copyOf(records.keySet())) {
                sink.take(id);
            }
            insert.executeBatch();
            connection.commit();
        }
        connection.setAutoCommit(true);
        return loaded[0];
    }

    /** The GIN indexes (one per configuration) and fresh planner statistics. */
    void index() throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("set maintenance_work_mem = '256MB'");
            for (String column : List.of("tsv_en", "tsv_nb", "tsv_pl")) {
                ddl.execute("create index doc_" + column + " on doc using gin (" + column + ")");
            }
            ddl.execute("create index doc_country_theme on doc (country, theme)");
            ddl.execute("vacuum analyze doc");
        }
    }

    /** One search: the ten best with snippets and every facet's counts; returns how many records matched. */
    long search(String text, @Nullable String theme, @Nullable String country) throws SQLException {
        String filters = theme == null ? "" : "and d.theme = ? and d.country = ?";
        try (PreparedStatement query = connection.prepareStatement(SEARCH.formatted(filters))) {
            query.setString(1, text);
            query.setString(2, text);
            query.setString(3, text);
            if (theme != null) {
                query.setString(4, theme);
                query.setString(5, country);
            }
            long matches = 0;
            List<String> snippets = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("hit")) {
                        snippets.add(rs.getString(4));
                    } else if (rs.getString(1).equals("language")) {
                        matches += rs.getLong(3);
                    }
                }
            }
            return matches;
        }
    }

    /** Inserts the record of this id with the body gathered so far. */
    private interface Sink {
        void take(long id) throws SQLException;
    }

    /** A query of the benchmark's mix: the words, and two facet filters (or none). */
    record Query(String text, @Nullable String theme, @Nullable String country) {
    }

    /**
     * Loads the records, builds the indexes, runs the mix {@code warmups} times unmeasured (as the Lucene side is) and
     * then {@code repeats} times; the time of each query in milliseconds, or null when PostgreSQL is not installed.
     */
    static @Nullable List<Double> timings(JdbcTemplate h2, List<Query> mix, int warmups, int repeats) throws Exception {
        try (PostgresFullTextBaseline pg = startOrExplain()) {
            if (pg == null) {
                return null;
            }
            long start = System.nanoTime();
            int loaded = pg.load(h2);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            pg.index();
            System.err.printf("PostgreSQL: loaded %d records in %.1f s, GIN indexes built in %.1f s%n", loaded,
                    loadSeconds, (System.nanoTime() - start) / 1e9);
            for (int w = 0; w < warmups; w++) {
                for (Query query : mix) {
                    pg.search(query.text(), query.theme(), query.country());
                }
            }
            List<Double> times = new ArrayList<>();
            long matches = 0;
            for (int r = 0; r < repeats; r++) {
                for (Query query : mix) {
                    long at = System.nanoTime();
                    matches += pg.search(query.text(), query.theme(), query.country());
                    times.add((System.nanoTime() - at) / 1e6);
                }
            }
            System.err.printf("PostgreSQL: %d query runs, %d matches in all%n", times.size(), matches);
            return times;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            connection.close();
        } catch (SQLException e) {
            System.err.println("closing the PostgreSQL connection: " + e.getMessage());
        }
        new ProcessBuilder(".ci/postgres", "stop", serverDir.toString()).inheritIO().start().waitFor();
    }
}
