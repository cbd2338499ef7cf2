package org.imcregistry.competition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every score of an edition in one streamed pass, only the columns the export needs, with whether it counts for
 * the ranking (submitted, eligible entry) decided in the same question. H2 otherwise builds the whole result
 * (210,000 rows for a large edition) and spills it to disk before the first row is read: its lazy execution hands
 * the rows over as the join yields them. PostgreSQL streams with a fetch size inside the export's transaction.
 */
final class EditionScoreRows {

    private static final int FETCHED_AT_ONCE = 2_000;
    private static final String SCORES = """
            select a.id, a.entry_id, a.juror_id, s.criterion_id, s.score, s.comment,
                   (a.status = 'SUBMITTED' and en.eligible) as counted
            from competition_score s join competition_assignment a on a.id = s.assignment_id
            join competition_entry en on en.id = a.entry_id
            where en.edition_id = ?""";

    /** One score; {@code counted} when it goes into the ranking. */
    interface Row {
        void accept(long assignment, long entry, long juror, long criterion, double score, @Nullable String comment,
                boolean counted);
    }

    private EditionScoreRows() {
    }

    static void read(JdbcTemplate jdbc, long editionId, Row row) {
        jdbc.execute((ConnectionCallback<@Nullable Void>) connection -> {
            // one connection for the setting, the question and the reset: the pool hands it to others afterwards
            boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            if (h2) {
                lazy(connection, true);
            }
            try (PreparedStatement statement = connection.prepareStatement(SCORES)) {
                statement.setFetchSize(FETCHED_AT_ONCE);
                statement.setLong(1, editionId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5),
                                rs.getString(6), rs.getBoolean(7));
                    }
                }
            } finally {
                if (h2) {
                    lazy(connection, false);
                }
            }
            return null;
        });
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }
}
