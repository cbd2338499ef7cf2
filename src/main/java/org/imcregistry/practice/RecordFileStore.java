package org.imcregistry.practice;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imcregistry.common.SqlValues;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The rows of {@code practice_photo} and {@code practice_attachment}; access is the services' part. */
@Component
class RecordFileStore {

    private static final String PHOTO_COLUMNS = "id, practice_id, position, alternative_text, credit, content_type,"
            + " width, height, display_sha256";
    private static final String ATTACHMENT_COLUMNS = "id, practice_id, position, file_name, description, size_bytes,"
            + " pages, sha256";

    /** Bytes to serve, with the hash that is their ETag. */
    record Stored(byte[] bytes, String sha256, String contentType, String fileName) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    RecordFileStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the record's row until the transaction ends, so that two uploads at once cannot pass a limit together. */
    void lock(long practiceId) {
        jdbc.query("select id from practice where id = :p for update", Map.of("p", practiceId), rs -> {
        });
    }

    List<RecordPhoto> photos(long practiceId) {
        return jdbc.query("select " + PHOTO_COLUMNS + " from practice_photo where practice_id = :p"
                + " order by position, id", Map.of("p", practiceId), (rs, i) -> new RecordPhoto(rs.getLong(1),
                        rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        rs.getInt(8), rs.getString(9)));
    }

    List<RecordAttachment> attachments(long practiceId) {
        return jdbc.query("select " + ATTACHMENT_COLUMNS + " from practice_attachment where practice_id = :p"
                + " order by position, id", Map.of("p", practiceId), (rs, i) -> new RecordAttachment(rs.getLong(1),
                        rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                        rs.getString(8)));
    }

    long addPhoto(long practiceId, PhotoImages.Processed photo, String alternativeText, String credit, long actor,
            Instant at) {
        MapSqlParameterSource values = new MapSqlParameterSource().addValue("p", practiceId)
                .addValue("alt", alternativeText).addValue("credit", credit).addValue("type", photo.contentType())
                .addValue("w", photo.width()).addValue("h", photo.height()).addValue("display", photo.display())
                .addValue("dh", sha256(photo.display())).addValue("thumb", photo.thumbnail())
                .addValue("th", sha256(photo.thumbnail())).addValue("by", actor).addValue("at", Timestamp.from(at));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into practice_photo (practice_id, position, alternative_text, credit, content_type, width,
                    height, display_bytes, display_sha256, thumbnail_bytes, thumbnail_sha256, added_by, added_at)
                values (:p, (select coalesce(max(position) + 1, 0) from practice_photo where practice_id = :p), :alt,
                    :credit, :type, :w, :h, :display, :dh, :thumb, :th, :by, :at)""", values, key, new String[] {"id"});
        return SqlValues.present(key.getKeyAs(Long.class));
    }

    long addAttachment(long practiceId, String fileName, String description, byte[] bytes, int pages, long actor,
            Instant at) {
        MapSqlParameterSource values = new MapSqlParameterSource().addValue("p", practiceId)
                .addValue("name", fileName).addValue("description", description).addValue("size", bytes.length)
                .addValue("pages", pages).addValue("bytes", bytes).addValue("hash", sha256(bytes))
                .addValue("by", actor).addValue("at", Timestamp.from(at));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into practice_attachment (practice_id, position, file_name, description, size_bytes, pages,
                    content_bytes, sha256, added_by, added_at)
                values (:p, (select coalesce(max(position) + 1, 0) from practice_attachment where practice_id = :p),
                    :name, :description, :size, :pages, :bytes, :hash, :by, :at)""", values, key,
                new String[] {"id"});
        return SqlValues.present(key.getKeyAs(Long.class));
    }

    /** The record a photo belongs to, if the photo exists. */
    Optional<Long> practiceOfPhoto(long photoId) {
        return jdbc.query("select practice_id from practice_photo where id = :id", Map.of("id", photoId),
                (rs, i) -> rs.getLong(1)).stream().findFirst();
    }

    Optional<Long> practiceOfAttachment(long attachmentId) {
        return jdbc.query("select practice_id from practice_attachment where id = :id", Map.of("id", attachmentId),
                (rs, i) -> rs.getLong(1)).stream().findFirst();
    }

    boolean describePhoto(long photoId, String alternativeText, String credit) {
        return jdbc.update("update practice_photo set alternative_text = :alt, credit = :credit where id = :id",
                Map.of("alt", alternativeText, "credit", credit, "id", photoId)) == 1;
    }

    boolean describeAttachment(long attachmentId, String description) {
        return jdbc.update("update practice_attachment set description = :d where id = :id",
                Map.of("d", description, "id", attachmentId)) == 1;
    }

    boolean removePhoto(long photoId) {
        return jdbc.update("delete from practice_photo where id = :id", Map.of("id", photoId)) == 1;
    }

    boolean removeAttachment(long attachmentId) {
        return jdbc.update("delete from practice_attachment where id = :id", Map.of("id", attachmentId)) == 1;
    }

    /** A photo's bytes in one size, only if it belongs to {@code practiceId}. */
    Optional<Stored> photoBytes(long practiceId, long photoId, RecordPhoto.Size size) {
        String column = size == RecordPhoto.Size.DISPLAY ? "display" : "thumbnail";
        return jdbc.query("select " + column + "_bytes, " + column + "_sha256, content_type from practice_photo"
                + " where id = :id and practice_id = :p", Map.of("id", photoId, "p", practiceId), (rs, i) -> {
                    String type = rs.getString(3);
                    String name = "photo-" + photoId + "-" + column + (type.endsWith("png") ? ".png" : ".jpg");
                    return new Stored(rs.getBytes(1), rs.getString(2), type, name);
                }).stream().findFirst();
    }

    Optional<Stored> attachmentBytes(long practiceId, long attachmentId) {
        return jdbc.query("select content_bytes, sha256, file_name from practice_attachment"
                + " where id = :id and practice_id = :p", Map.of("id", attachmentId, "p", practiceId),
                (rs, i) -> new Stored(rs.getBytes(1), rs.getString(2), "application/pdf", rs.getString(3)))
                .stream().findFirst();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
