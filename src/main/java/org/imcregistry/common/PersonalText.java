package org.imcregistry.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds a person's name or address in the free-text columns of a feature's own table, for the export, and replaces
 * it there, for the erasure. The feature names its table and columns; the SQL is built here once.
 */
public final class PersonalText {

    /** What an erased name or address reads as afterwards. */
    public static final String ERASED = "[erased]";

    private PersonalText() {
    }

    /** The text with every name and address of the person replaced, ignoring case; unchanged when none is in it. */
    public static @Nullable String redact(@Nullable String text, PersonRef person) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String term : person.searchTerms()) {
            result = Pattern.compile(Pattern.quote(term), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result).replaceAll(Matcher.quoteReplacement(ERASED));
        }
        return result;
    }

    public static boolean mentions(@Nullable String text, PersonRef person) {
        return text != null && !text.equals(redact(text, person));
    }

    /**
     * The rows of {@code table} whose {@code columns} mention the person, each as column → value (with the id), for
     * the export.
     */
    public static List<Map<String, @Nullable Object>> rowsMentioning(JdbcTemplate jdbc, String table, String id,
            List<String> columns, PersonRef person) {
        List<Map<String, @Nullable Object>> found = new ArrayList<>();
        for (Map<String, @Nullable Object> row : candidates(jdbc, table, id, columns, person)) {
            if (columns.stream().anyMatch(c -> mentions((String) row.get(c), person))) {
                Map<String, @Nullable Object> kept = new LinkedHashMap<>();
                for (String k : id.split(",\\s*")) {
                    kept.put(k, row.get(k));
                }
                columns.forEach(c -> kept.put(c, row.get(c)));
                found.add(kept);
            }
        }
        return found;
    }

    /** Replaces the person in the columns of every row that mentions them; returns the ids of the rows changed. */
    public static List<Object> redactRows(JdbcTemplate jdbc, String table, String id, List<String> columns,
            PersonRef person) {
        return redactRows(jdbc, table, List.of(id), columns, person);
    }

    /** As above, for a table whose rows are told apart by several columns; returns the first key of each row. */
    public static List<Object> redactRows(JdbcTemplate jdbc, String table, List<String> key, List<String> columns,
            PersonRef person) {
        List<Object> changed = new ArrayList<>();
        String select = String.join(", ", key);
        for (Map<String, @Nullable Object> row : rowsMentioning(jdbc, table, select, columns, person)) {
            List<@Nullable Object> values = new ArrayList<>();
            columns.forEach(c -> values.add(redact((String) row.get(c), person)));
            key.forEach(k -> values.add(row.get(k)));
            jdbc.update("update " + table + " set " + String.join(" = ?, ", columns) + " = ? where "
                    + String.join(" = ? and ", key) + " = ?", values.toArray());
            changed.add(java.util.Objects.requireNonNull(row.get(key.getFirst()), "a key"));
        }
        return changed;
    }

    /** Rows where some column contains some term, ignoring case: the database narrows, Java decides. */
    private static List<Map<String, @Nullable Object>> candidates(JdbcTemplate jdbc, String table, String id,
            List<String> columns, PersonRef person) {
        List<String> terms = person.searchTerms();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String column : columns) {
            for (String term : terms) {
                conditions.add("lower(" + column + ") like ? escape '\\'");
                args.add("%" + term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
            }
        }
        List<Map<String, @Nullable Object>> rows = jdbc.queryForList("select " + id + ", " + String.join(", ", columns)
                + " from " + table + " where " + String.join(" or ", conditions), args.toArray());
        List<Map<String, @Nullable Object>> lower = new ArrayList<>();
        for (Map<String, @Nullable Object> row : rows) {
            Map<String, @Nullable Object> byName = new LinkedHashMap<>();
            row.forEach((k, v) -> byName.put(k.toLowerCase(Locale.ROOT), v));
            lower.add(byName);
        }
        return lower;
    }
}
