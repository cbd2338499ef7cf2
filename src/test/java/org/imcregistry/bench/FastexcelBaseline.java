package org.imcregistry.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Shortlists;
import org.imcregistry.competition.TieBreakNote;
import org.imcregistry.competition.TieBreakWords;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline of {@code bench/run export}: the same six sheets with the same cells (numbers as numbers, the audit
 * time as a date, bold frozen headers with filters, the shortlist first) written with fastexcel, the fastest
 * streaming .xlsx writer for Java we know. It reads the scores with the same single streamed query as the export;
 * the ranking is handed to it ready-made (its time is {@code aggregate_ms}), so the baseline is the writer and the
 * reads, nothing else. It does not mark formula-like text as literal (fastexcel has no quote prefix); as every text
 * is a string cell, no spreadsheet runs it on opening.
 */
final class FastexcelBaseline {

    private static final String[] RANKING = {"rank", "entry", "applicant", "category", "final-score", "tie-break",
            "shortlisted", "override-reason"};

    private FastexcelBaseline() {
    }

    static void write(JdbcTemplate jdbc, Edition edition, List<Shortlists.RankingRow> ranking,
            Function<String, String> text, OutputStream out) {
        try (Workbook workbook = new Workbook(out, "IMC Registry", "1.0")) {
            workbook.setCompressionLevel(1);
            Map<Long, String> titles = new HashMap<>();
            ranking.forEach(r -> titles.put(r.entry().id(), r.entry().title()));
            Map<Long, String> jurors = new HashMap<>();
            jdbc.query("select id, display_name from user_account", rs -> {
                jurors.put(rs.getLong(1), rs.getString(2));
            });
            Map<Long, String> criteria = new HashMap<>();
            edition.criteria().forEach(c -> criteria.put(c.id(), c.name().in(Locale.ENGLISH)));

            // Sheets are numbered in the order they are made, so they are made in the order the commission reads
            // them (the shortlist first); the scores are still written first, as the export streams them.
            Worksheet shortlist = sheet(workbook, text, "shortlist", RANKING);
            Worksheet all = sheet(workbook, text, "ranking", RANKING);
            Worksheet scores = sheet(workbook, text, "scores", "entry", "juror", "criterion", "score", "comment");
            Worksheet weights = sheet(workbook, text, "criteria", "criterion", "weight");
            Worksheet jury = sheet(workbook, text, "jury", "juror", "entry", "status", "conflict");
            Worksheet audit = sheet(workbook, text, "audit", "time", "who", "action", "detail");
            int[] row = {1};
            jdbc.query("""
                    select a.entry_id, a.juror_id, s.criterion_id, s.score, s.comment
                    from competition_score s join competition_assignment a on a.id = s.assignment_id
                    join competition_entry en on en.id = a.entry_id
                    where en.edition_id = ?""", rs -> {
                int r = row[0]++;
                scores.value(r, 0, titles.get(rs.getLong(1)));
                scores.value(r, 1, jurors.get(rs.getLong(2)));
                scores.value(r, 2, criteria.get(rs.getLong(3)));
                scores.value(r, 3, rs.getDouble(4));
                String comment = rs.getString(5);
                if (comment != null) {
                    scores.value(r, 4, comment);
                }
                if (r % 10_000 == 0) {
                    flush(scores);
                }
            }, edition.id());
            finish(scores, row[0], 5);

            int shortlisted = 1;
            int ranked = 1;
            for (Shortlists.RankingRow r : ranking) {
                if (r.ranked().shortlisted()) {
                    rankingRow(shortlist, shortlisted++, r, text);
                }
                rankingRow(all, ranked++, r, text);
            }
            finish(shortlist, shortlisted, RANKING.length);
            finish(all, ranked, RANKING.length);

            int w = 1;
            for (Edition.Criterion c : edition.criteria()) {
                weights.value(w, 0, c.name().in(Locale.ENGLISH));
                weights.value(w++, 1, c.weight());
            }
            finish(weights, w, 2);

            int[] j = {1};
            jdbc.query("select a.juror_id, a.entry_id, a.status, a.conflict_reason from competition_assignment a"
                    + " join competition_entry en on en.id = a.entry_id where en.edition_id = ? order by a.juror_id,"
                    + " a.entry_id", rs -> {
                int r = j[0]++;
                jury.value(r, 0, jurors.get(rs.getLong(1)));
                jury.value(r, 1, titles.get(rs.getLong(2)));
                jury.value(r, 2, rs.getString(3));
                jury.value(r, 3, rs.getString(4));
            }, edition.id());
            finish(jury, j[0], 4);

            int[] a = {1};
            jdbc.query("select at, actor_id, action, detail from competition_audit where edition_id = ? order by at, id",
                    rs -> {
                        int r = a[0]++;
                        Timestamp at = rs.getTimestamp(1);
                        audit.value(r, 0, at.toLocalDateTime());
                        audit.style(r, 0).format("yyyy-mm-dd hh:mm:ss").set();
                        audit.value(r, 1, jurors.getOrDefault(rs.getLong(2), "system"));
                        audit.value(r, 2, rs.getString(3));
                        audit.value(r, 3, rs.getString(4));
                    }, edition.id());
            finish(audit, a[0], 4);
            workbook.setActiveTab(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rankingRow(Worksheet sheet, int r, Shortlists.RankingRow row, Function<String, String> text) {
        sheet.value(r, 0, row.ranked().rank());
        sheet.value(r, 1, row.entry().title());
        sheet.value(r, 2, row.entry().applicant());
        sheet.value(r, 3, row.entry().category().in(Locale.ENGLISH));
        if (row.ranked().finalScore() != null) {
            sheet.value(r, 4, row.ranked().finalScore());
        }
        TieBreakNote note = row.ranked().tieBreakNote();
        if (note != null) {
            sheet.value(r, 5, TieBreakWords.of(note, Locale.ENGLISH, ZoneOffset.UTC));
        }
        sheet.value(r, 6, text.apply(row.ranked().shortlisted() ? "competition.export.yes" : "competition.export.no"));
        sheet.value(r, 7, row.entry().overrideReason());
    }

    private static Worksheet sheet(Workbook workbook, Function<String, String> text, String name, String... headers) {
        Worksheet sheet = workbook.newWorksheet(name(text, name));
        for (int c = 0; c < headers.length; c++) {
            String header = text.apply("competition.export." + headers[c]);
            sheet.value(0, c, header);
            sheet.width(c, Math.min(60, Math.max(12, header.length() + 4)));
        }
        sheet.range(0, 0, 0, headers.length - 1).style().bold().set();
        // The pane is part of the sheet's opening, written at the first flush.
        sheet.freezePane(0, 1);
        return sheet;
    }

    /** The sheet name the export uses, cut to Excel's 31 characters as POI's safe name does. */
    private static String name(Function<String, String> text, String key) {
        String name = text.apply("competition.export.sheet." + key);
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static void finish(Worksheet sheet, int rows, int columns) throws IOException {
        sheet.setAutoFilter(0, 0, Math.max(0, rows - 1), columns - 1);
        sheet.finish();
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
