package org.imcregistry.competition;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.common.table.XlsxStream;
import org.imcregistry.security.AccountDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edition as a workbook for the commission: Shortlist, Ranking, Scores (entry × juror × criterion with
 * comments), Criteria and weights, Jury and conflicts, Audit log. Streams straight into the download
 * ({@link XlsxStream}, fastexcel) so that large editions are written fast in little memory; numbers are numbers,
 * times are dates, every text is literal.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class CompetitionExport {

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcTemplate scoreRows;
    private final Editions editions;
    private final EditionEntries entries;
    private final Shortlists shortlists;
    private final CompetitionAudit audit;
    private final Conflicts conflicts;
    private final AccountDirectory accounts;

    CompetitionExport(NamedParameterJdbcTemplate jdbc, Editions editions, EditionEntries entries, Shortlists shortlists,
            CompetitionAudit audit, Conflicts conflicts, AccountDirectory accounts) {
        this.jdbc = jdbc;
        // the scores are read on the plain template: they set their own fetch size (EditionScoreRows)
        this.scoreRows = jdbc.getJdbcTemplate();
        this.editions = editions;
        this.entries = entries;
        this.shortlists = shortlists;
        this.audit = audit;
        this.conflicts = conflicts;
        this.accounts = accounts;
    }

    /**
     * Writes the workbook straight into {@code out} as it is read, in the exporting person's language and zone:
     * headers, sheets, tie-break notes and the edition's criteria and categories.
     */
    @Transactional(readOnly = true)
    public void write(long editionId, Locale locale, ZoneId zone, OutputStream out) {
        try (XlsxStream writer = new XlsxStream(out)) {
            fill(writer, editionId, key -> MessageBundle.text(key, locale), locale, zone);
        }
    }

    /** Writes the workbook; {@code text} names headers and sheets, everything else reads English and UTC. */
    @Transactional(readOnly = true)
    public void write(long editionId, Function<String, String> text, OutputStream out) {
        try (XlsxStream writer = new XlsxStream(out)) {
            fill(writer, editionId, text, Locale.ENGLISH, ZoneOffset.UTC);
        }
    }

    private void fill(XlsxStream writer, long editionId, Function<String, String> text, Locale locale, ZoneId zone) {
        Edition edition = editions.edition(editionId);
        List<Assignment> assignments = assignments(edition);
        Map<Long, EditionEntries.Progress> progress = new HashMap<>();
        assignments.forEach(a -> EditionEntries.Progress.count(progress, a.entry(), a.status()));
        List<EntryRow> rows = entries.named(editionId, progress);
        Map<Long, String> titles = new HashMap<>();
        rows.forEach(r -> titles.put(r.id(), r.title()));
        Map<Long, String> jurors = jurorNames(edition, assignments);
        List<String> rankingHeaders = headers(text, "rank", "entry", "applicant", "category", "final-score",
                "tie-break", "shortlisted", "override-reason");
        // Sheets appear in the order they are made: the commission reads the shortlist first.
        XlsxStream.SheetRows shortlistSheet = writer.sheet(text.apply("competition.export.sheet.shortlist"),
                rankingHeaders);
        XlsxStream.SheetRows rankingSheet = writer.sheet(text.apply("competition.export.sheet.ranking"),
                rankingHeaders);
        XlsxStream.SheetRows scoresSheet = writer.sheet(text.apply("competition.export.sheet.scores"),
                headers(text, "entry", "juror", "criterion", "score", "comment"));
        XlsxStream.SheetRows criteriaSheet = writer.sheet(text.apply("competition.export.sheet.criteria"),
                headers(text, "criterion", "weight"));
        XlsxStream.SheetRows jurySheet = writer.sheet(text.apply("competition.export.sheet.jury"),
                headers(text, "juror", "entry", "status", "conflict"));
        XlsxStream.SheetRows auditSheet = writer.sheet(text.apply("competition.export.sheet.audit"),
                headers(text, "time", "who", "action", "detail"));
        writer.showFirst();
        // One pass over every score: each goes to the Scores sheet, and the counted ones also to the ranking.
        Shortlists.ScoreCollector counted = new Shortlists.ScoreCollector();
        scores(edition, locale, titles, jurors, scoresSheet, counted);
        List<Shortlists.RankingRow> ranking = shortlists.ranking(edition, rows, counted);
        List<List<?>> all = new ArrayList<>();
        for (Shortlists.RankingRow row : ranking) {
            List<?> values = Arrays.asList(row.ranked().rank(), row.entry().title(), row.entry().applicant(),
                    row.entry().category().in(locale), row.ranked().finalScore(), note(row, locale, zone),
                    text.apply(row.ranked().shortlisted() ? "competition.export.yes" : "competition.export.no"),
                    row.entry().overrideReason());
            all.add(values);
            if (row.ranked().shortlisted()) {
                shortlistSheet.add(values);
            }
        }
        shortlistSheet.finish();
        rankingSheet.addAll(all);
        rankingSheet.finish();
        edition.criteria().forEach(c -> criteriaSheet.add(Arrays.asList(c.name().in(locale), c.weight())));
        criteriaSheet.finish();
        jurySheet.addAll(jury(edition, assignments, rows, titles, jurors, text));
        jurySheet.finish();
        audit.lines(editionId).forEach(l -> auditSheet.add(Arrays.asList(l.at(), l.actor(), l.action(), l.detail())));
        auditSheet.finish();
    }

    /** One juror's assignment to one entry, as the Jury sheet lists it. */
    private record Assignment(long juror, long entry, String status, @Nullable String conflict) {
    }

    /**
     * The edition's assignments, read once for the Jury sheet and the jurors' names, in juror and entry order. Sorted
     * here, not by the database: H2 wrote the 35,000 rows of a large edition to a temporary file to sort them.
     */
    private List<Assignment> assignments(Edition edition) {
        List<Assignment> assignments = new ArrayList<>(jdbc.query("select a.juror_id, a.entry_id, a.status,"
                + " a.conflict_reason from competition_assignment a join competition_entry en on en.id = a.entry_id"
                + " where en.edition_id = :e", Map.of("e", edition.id()),
                (rs, i) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))));
        assignments.sort(Comparator.comparingLong(Assignment::juror).thenComparingLong(Assignment::entry));
        return assignments;
    }

    /** The names of everyone on the jury or assigned to an entry, from the accounts, in one question. */
    private Map<Long, String> jurorNames(Edition edition, List<Assignment> assignments) {
        Set<Long> ids = new HashSet<>(edition.jurors());
        assignments.forEach(a -> ids.add(a.juror()));
        Map<Long, String> names = new HashMap<>();
        accounts.byIds(ids).forEach((id, account) -> names.put(id, account.displayName()));
        return names;
    }

    /**
     * Every score of the edition, streamed from the database row by row into the sheet; the submitted scores of
     * eligible entries are handed to the ranking on the way. Names come from the lookups made once before.
     */
    private static @Nullable String note(Shortlists.RankingRow row, Locale locale, ZoneId zone) {
        TieBreakNote note = row.ranked().tieBreakNote();
        return note == null ? null : TieBreakWords.of(note, locale, zone);
    }

    private void scores(Edition edition, Locale locale, Map<Long, String> entryNames,
            Map<Long, String> jurorNames, XlsxStream.SheetRows sheet, Shortlists.ScoreCollector counted) {
        Map<Long, String> criterionNames = new HashMap<>();
        edition.criteria().forEach(c -> criterionNames.put(c.id(), c.name().in(locale)));
        EditionScoreRows.read(scoreRows, edition.id(), (assignment, entry, juror, criterion, score, comment, counts) -> {
            sheet.startRow();
            sheet.text(0, entryNames.get(entry));
            sheet.text(1, jurorNames.get(juror));
            sheet.text(2, criterionNames.get(criterion));
            sheet.number(3, score);
            sheet.text(4, comment);
            if (counts) {
                counted.add(assignment, entry, juror, criterion, score);
            }
        });
        sheet.finish();
    }

    /**
     * Every assignment in the reader's words (a declared conflict with the juror's own reason), then the pairs the
     * conflict rules kept apart, with the rule.
     */
    private List<List<?>> jury(Edition edition, List<Assignment> assignments, List<EntryRow> rows,
            Map<Long, String> titles, Map<Long, String> names, Function<String, String> text) {
        List<List<?>> jury = new ArrayList<>();
        Map<String, String> statuses = new HashMap<>();
        assignments.forEach(a -> jury.add(Arrays.asList(names.get(a.juror()), titles.get(a.entry()),
                statuses.computeIfAbsent(a.status(), s -> text.apply("competition.export.status." + s)), a.conflict())));
        String excluded = text.apply("competition.export.status.EXCLUDED");
        for (ConflictCheck.Found found : conflicts.of(edition).all(edition.jurors(), rows)) {
            if (found.reason() != ConflictCheck.Reason.DECLARED) {
                jury.add(Arrays.asList(names.get(found.jurorId()), titles.get(found.entryId()), excluded,
                        text.apply("competition.export.conflict." + found.reason().name())));
            }
        }
        return jury;
    }

    private static List<String> headers(Function<String, String> text, String... keys) {
        return Arrays.stream(keys).map(k -> text.apply("competition.export." + k)).toList();
    }
}
