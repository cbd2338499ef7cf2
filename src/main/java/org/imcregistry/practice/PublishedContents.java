package org.imcregistry.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.imcregistry.practice.PublishedRecords.PublishedRecord;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.imcregistry.common.SqlValues;
import org.jspecify.annotations.Nullable;

/**
 * Reads whole public records straight from the tables, a batch at a time in id order, for the open data dump: five
 * queries a batch instead of loading entities one by one, and never more than one batch in memory, so that a dump of
 * 100,000 records takes as little heap as one of a hundred.
 */
@Component
class PublishedContents {

    static final int BATCH = 500;

    private static final String SELECT = """
            select p.id, p.title, p.place, p.region, p.country, p.keywords, p.language, p.start_year, p.end_year,
                   p.partnership_id, p.website, p.contact, p.contributor, p.researcher, p.documented,
                   p.photo_credits, p.licence, p.published_at, p.updated_at, p.contact_consent
            from practice p
            where p.id > :after and\s""" + PublishedPracticeSource.PUBLIC_IN_ID_ORDER + "\norder by p.id fetch first " + BATCH
            + " rows only";

    private final NamedParameterJdbcTemplate jdbc;

    PublishedContents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every public record, whole, in batches of at most {@link #BATCH}; see {@link PublishedRecords#forEachRecord}. */
    void forEach(Consumer<List<PublishedRecord>> each) {
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.query(SELECT, Map.of("after", after), PublishedContents::row);
            if (rows.isEmpty()) {
                return;
            }
            each.accept(complete(rows));
            if (rows.size() < BATCH) {
                return;
            }
            after = rows.getLast().id();
        }
    }

    /** A record's own columns, before its sections and lists are added. */
    private record Row(long id, PracticeContent columns, @Nullable Instant publishedAt, Instant updatedAt) {
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        PracticeContent columns = new PracticeContent(rs.getString("title"), rs.getString("place"),
                rs.getString("region"), rs.getString("country"), rs.getString("keywords"),
                RecordLanguage.ofCode(rs.getString("language")), rs.getObject("start_year", Integer.class),
                rs.getObject("end_year", Integer.class), rs.getObject("partnership_id", Long.class),
                rs.getString("website"), rs.getBoolean("contact_consent") ? rs.getString("contact") : null,
                rs.getString("contributor"),
                rs.getString("researcher"), rs.getString("documented"), rs.getString("photo_credits"), Map.of(),
                Set.of(), Set.of(), Set.of(), RecordLicence.ofSpdx(rs.getString("licence")));
        return new Row(rs.getLong("id"), columns, instant(rs.getTimestamp("published_at")),
                SqlValues.present(instant(rs.getTimestamp("updated_at"))));
    }

    private List<PublishedRecord> complete(List<Row> rows) {
        String list = SqlValues.idList(rows.stream().map(Row::id).toList());
        Map<Long, Map<PracticeSection, String>> sections = new HashMap<>();
        jdbc.query("select practice_id, section, body from practice_section where practice_id in (" + list + ")", Map.of(),
                rs -> {
                    sections.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(PracticeSection.class))
                            .put(PracticeSection.valueOf(rs.getString(2)), rs.getString(3));
                });
        Map<Long, Set<String>> themes = new HashMap<>();
        jdbc.query("select practice_id, theme from practice_theme_link where practice_id in (" + list + ")", Map.of(), rs -> {
            themes.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        });
        Map<Long, Set<Integer>> sdgs = new HashMap<>();
        jdbc.query("select practice_id, goal from practice_sdg where practice_id in (" + list + ")", Map.of(), rs -> {
            sdgs.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getInt(2));
        });
        Map<Long, Set<Long>> municipalities = new HashMap<>();
        jdbc.query("select practice_id, municipality_id from practice_municipality where practice_id in (" + list + ")", Map.of(),
                rs -> {
                    municipalities.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getLong(2));
                });
        List<PublishedRecord> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            PracticeContent c = row.columns();
            long id = row.id();
            records.add(new PublishedRecord(id, new PracticeContent(c.title(), c.place(), c.region(), c.country(),
                    c.keywords(), c.language(), c.startYear(), c.endYear(), c.partnershipId(), c.website(),
                    c.contact(), c.contributor(), c.researcher(), c.documented(), c.photoCredits(),
                    sections.getOrDefault(id, Map.of()), themes.getOrDefault(id, Set.of()),
                    sdgs.getOrDefault(id, Set.of()), municipalities.getOrDefault(id, Set.of()), c.licence()),
                    row.publishedAt(), row.updatedAt()));
        }
        return records;
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
