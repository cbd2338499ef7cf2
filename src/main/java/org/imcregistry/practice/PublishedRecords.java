package org.imcregistry.practice;

import org.jspecify.annotations.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.imcregistry.common.SqlValues;

/**
 * The public registry as the open web sees it: published records that no competition holds back, the same for
 * every reader. Unlike {@link Practices#details}, who asks makes no difference (an editor who opens a public page
 * sees what a crawler sees), so nothing a signed-in person may read can leak into a cached or shared page.
 */
@Service
// The open web reads these: anyone, signed in or not.
@PreAuthorize("permitAll()")
public class PublishedRecords {

    /** A public record: its content and when it was first published and last changed. */
    public record PublishedRecord(long id, PracticeContent content, @Nullable Instant publishedAt, Instant updatedAt) {
    }

    /** What a list or a feed shows of a record. */
    public record Summary(long id, String title, RecordLanguage language, String place, String country,
            String introduction, @Nullable Instant publishedAt, Instant updatedAt, RecordLicence licence) {
    }

    /** A record's address and last change, for the sitemap. */
    public record Entry(long id, Instant updatedAt) {
    }

    /** The public records with ids {@code number·width+1 … (number+1)·width}: how many, and their latest change. */
    public record Range(long number, long count, Instant lastChange) {
    }

    private static final int BATCH = 1000;

    private final PracticeRepository practices;
    private final PracticeAccess access;
    private final NamedParameterJdbcTemplate jdbc;
    private final PublishedContents contents;

    PublishedRecords(PracticeRepository practices, PracticeAccess access, NamedParameterJdbcTemplate jdbc,
            PublishedContents contents) {
        this.practices = practices;
        this.access = access;
        this.jdbc = jdbc;
        this.contents = contents;
    }

    /** The record if it is public; empty for a draft, a rejected or held record and a missing id alike. */
    @Transactional(readOnly = true)
    public Optional<PublishedRecord> find(long id) {
        return practices.findById(id)
                .filter(access::isPublic)
                .map(p -> new PublishedRecord(p.getId(), p.publicContent(), p.getPublishedAt(), p.getUpdatedAt()));
    }

    /** The public ones among these records, in the order asked for; the others are left out. */
    @Transactional(readOnly = true)
    public List<Summary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Summary> found = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.title, p.language, p.place, p.country, p.published_at, p.updated_at, s.body,
                       p.licence
                from practice p left join practice_section s on s.practice_id = p.id and s.section = 'INTRODUCTION'
                where p.id in (""" + SqlValues.idList(ids) + ") and " + PublishedPracticeSource.PUBLIC, Map.of(), rs -> {
                    found.put(rs.getLong("id"), summary(rs));
                });
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The ranges of {@code width} ids that hold public records, in order, each with its count and latest change: a
     * sitemap too large for one file splits along them, and a range with no public record is not listed.
     */
    @Transactional(readOnly = true)
    public List<Range> ranges(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width " + width);
        }
        // The width is an int, written into the SQL: PostgreSQL groups by an expression only when it sees the same
        // expression, and two bind parameters are never the same to it.
        String range = "(p.id - 1) / " + width;
        return jdbc.query("select " + range + ", count(*), max(p.updated_at) from practice p where "
                + PublishedPracticeSource.PUBLIC + " group by " + range + " order by " + range, Map.of(),
                (rs, i) -> new Range(rs.getLong(1), rs.getLong(2), SqlValues.present(instant(rs, 3))));
    }

    /**
     * Hands every public record with {@code fromId <= id < toId} to {@code each}, in id order, reading a batch at a
     * time, so that a sitemap of 50,000 records streams out without being held in memory. No transaction: a record
     * published meanwhile may or may not be in it, as with any crawl.
     */
    public void forEachEntry(long fromId, long toId, Consumer<Entry> each) {
        long after = fromId - 1;
        while (true) {
            List<Entry> batch = jdbc.query("select p.id, p.updated_at from practice p where p.id > :after"
                    + " and p.id < :to and " + PublishedPracticeSource.PUBLIC_IN_ID_ORDER + " order by p.id fetch first "
                    + BATCH + " rows only", Map.of("after", after, "to", toId),
                    (rs, i) -> new Entry(rs.getLong(1), SqlValues.present(instant(rs, 2))));
            batch.forEach(each);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.getLast().id();
        }
    }

    /**
     * Hands every public record, whole, to {@code each} in id order, a batch of at most 500 at a time, so that the
     * open data dump streams out without holding the registry in memory. No transaction, as for the sitemap.
     */
    public void forEachRecord(Consumer<List<PublishedRecord>> each) {
        contents.forEach(each);
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(rs.getLong("id"), rs.getString("title"), RecordLanguage.ofCode(rs.getString("language")),
                rs.getString("place"), rs.getString("country"), rs.getString("body"), instant(rs, 6),
                SqlValues.present(instant(rs, 7)), RecordLicence.ofSpdx(rs.getString("licence")));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
