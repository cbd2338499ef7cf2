package org.imcregistry.practice;

import org.imcregistry.common.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.imcregistry.municipality.PartnershipDirectory;
import org.imcregistry.search.IndexedPractice;
import org.imcregistry.search.PracticeSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads published records for the search index straight from the tables, a batch at a time, so that a
 * rebuild of 100,000 records neither loads entities one by one nor holds them all in memory.
 */
@Component
class PublishedPracticeSource implements PracticeSource {

    private static final int BATCH = 1000;
    /** What the public registry shows: published, and not held back (see {@link PracticeHolds}). */
    static final String PUBLIC = "p.status = 'PUBLISHED' and not exists (select 1 from practice_hold h"
            + " where h.practice_id = p.id)";
    /**
     * {@link #PUBLIC} for reading the registry in id order a batch at a time: the same rows, with the status compared
     * through {@code coalesce} so that the database walks the primary key on from the last id. Nearly every record is
     * published, so the status index narrows nothing, yet H2 took it and read every public record again for each
     * batch (at 100,000 records, 100,000 rows read for each batch of 1,000: the sitemap took 8 s).
     */
    static final String PUBLIC_IN_ID_ORDER = "coalesce(p.status, '') = 'PUBLISHED' and not exists (select 1 from"
            + " practice_hold h where h.practice_id = p.id)";
    private static final String SELECT = """
            select p.id, p.version, p.language, p.title, p.keywords, p.place, p.country, p.start_year,
                   p.published_at, p.partnership_id
            from practice p
            where\s""" + PUBLIC + "\n";
    private static final String SELECT_IN_ID_ORDER = SELECT.replace(PUBLIC, PUBLIC_IN_ID_ORDER);

    private final NamedParameterJdbcTemplate jdbc;
    private final PartnershipDirectory partnerships;

    PublishedPracticeSource(NamedParameterJdbcTemplate jdbc, PartnershipDirectory partnerships) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
    }

    @Override
    public Map<Long, Long> publishedVersions() {
        Map<Long, Long> versions = new HashMap<>();
        jdbc.query("select p.id, p.version from practice p where " + PUBLIC,
                rs -> {
                    versions.put(rs.getLong(1), rs.getLong(2));
                });
        return versions;
    }

    @Override
    public List<IndexedPractice> published(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return complete(jdbc.query(SELECT + " and p.id in (" + SqlValues.idList(ids) + ")", Map.of(), PublishedPracticeSource::row));
    }

    @Override
    public void forEachPublished(Consumer<List<IndexedPractice>> batch) {
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.query(SELECT_IN_ID_ORDER + " and p.id > :after order by p.id fetch first " + BATCH
                    + " rows only", Map.of("after", after), PublishedPracticeSource::row);
            if (rows.isEmpty()) {
                return;
            }
            batch.accept(complete(rows));
            after = rows.getLast().id();
        }
    }

    private record Row(long id, long version, String language, String title, String keywords, String place,
            String country, @Nullable Integer startYear, java.time.@Nullable Instant publishedAt,
            @Nullable Long partnershipId) {
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        // getObject, not getInt + wasNull: wasNull speaks of the column read last, which was easy to get wrong.
        Integer year = rs.getObject("start_year", Integer.class);
        return new Row(rs.getLong("id"), rs.getLong("version"), rs.getString("language"), rs.getString("title"),
                rs.getString("keywords"), rs.getString("place"), rs.getString("country"),
                year, published == null ? null : published.toInstant(), rs.getObject("partnership_id", Long.class));
    }

    /** Adds sections, themes, goals and the partnership's legal form (from the register) to a batch of rows, one query each. */
    private List<IndexedPractice> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        String list = SqlValues.idList(ids);
        Map<Long, Map<PracticeSection, String>> sections = new HashMap<>();
        jdbc.query("select practice_id, section, body from practice_section where practice_id in (" + list + ")",
                Map.of(), rs -> {
                    sections.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(PracticeSection.class))
                            .put(PracticeSection.valueOf(rs.getString(2)), rs.getString(3));
                });
        Map<Long, Set<String>> themes = new HashMap<>();
        jdbc.query("select practice_id, theme from practice_theme_link where practice_id in (" + list + ")",
                Map.of(), rs -> {
                    themes.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                });
        Map<Long, Set<Integer>> sdgs = new HashMap<>();
        jdbc.query("select practice_id, goal from practice_sdg where practice_id in (" + list + ")", Map.of(),
                rs -> {
                    sdgs.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getInt(2));
                });
        Map<Long, String> legalForms = partnerships.legalForms(rows.stream().map(Row::partnershipId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<IndexedPractice> result = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<String> texts = new ArrayList<>(sections.getOrDefault(r.id(), Map.of()).values());
            result.add(new IndexedPractice(r.id(), r.version(), r.language(), r.title(), r.keywords(), r.place(),
                    r.country(), texts, themes.getOrDefault(r.id(), new LinkedHashSet<>()),
                    sdgs.getOrDefault(r.id(), Set.of()), r.startYear(),
                    r.partnershipId() == null ? null : legalForms.get(r.partnershipId()), r.publishedAt()));
        }
        return result;
    }
}
