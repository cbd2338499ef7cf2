package org.imcregistry.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imcregistry.common.table.FormulaGuard;
import org.imcregistry.practice.PracticeSection;
import org.jspecify.annotations.Nullable;

/**
 * The dump as CSV (RFC 4180, UTF-8, one row a record), its columns named as the spreadsheet import names them where
 * it has them, so that a dump can be edited and imported elsewhere. Text a spreadsheet program would run as a formula
 * (starting with = + - @, tab or carriage return) gets a leading apostrophe, as OWASP advises for CSV: the value
 * shows as text, and no cell of a downloaded file can fetch or run anything.
 */
final class CsvDump {

    static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("id", "url", "title", "language", "place", "region", "country",
                "keywords", "start_year", "end_year", "partnership_id", "partnership", "website", "contact",
                "contributor", "researcher", "documented", "photo_credits", "themes", "sdg_goals", "awards",
                "adopted_by", "licence", "licence_url", "date_published", "date_modified"));
        for (PracticeSection section : PracticeSection.values()) {
            header.add(ApiRecords.sectionCode(section));
        }
        HEADER = List.copyOf(header);
    }

    private final CSVPrinter printer;

    CsvDump(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(HEADER);
    }

    void write(RecordJson r) throws IOException {
        List<@Nullable Object> row = new ArrayList<>(HEADER.size());
        row.add(r.id());
        row.add(r.url());
        row.add(text(r.title()));
        row.add(r.language());
        row.add(text(r.place()));
        row.add(text(r.region()));
        row.add(r.country());
        row.add(text(r.keywords()));
        row.add(r.period().startYear());
        row.add(r.period().endYear());
        row.add(r.partnership() == null ? null : r.partnership().id());
        row.add(r.partnership() == null ? null : text(r.partnership().name()));
        row.add(text(r.website()));
        row.add(text(r.contact()));
        row.add(text(r.contributor()));
        row.add(text(r.researcher()));
        row.add(text(r.documented()));
        row.add(text(r.photoCredits()));
        row.add(r.themes().stream().map(RecordJson.Code::code).collect(Collectors.joining(";")));
        row.add(r.sdgs().stream().map(g -> String.valueOf(g.goal())).collect(Collectors.joining(";")));
        row.add(text(r.awards().stream().map(a -> a.label() + ": " + a.edition()).collect(Collectors.joining("; "))));
        row.add(text(r.adoptions().stream().map(RecordJson.Adoption::partnership).collect(Collectors.joining("; "))));
        row.add(r.licence().spdx());
        row.add(r.licence().url());
        row.add(r.datePublished());
        row.add(r.dateModified());
        for (PracticeSection section : PracticeSection.values()) {
            row.add(text(r.sections().get(ApiRecords.sectionCode(section))));
        }
        printer.printRecord(row);
    }

    void flush() throws IOException {
        printer.flush();
    }

    /** Authors' text, made safe to open in a spreadsheet program. */
    static @Nullable String text(@Nullable String value) {
        return value != null && FormulaGuard.looksLikeFormula(value) ? "'" + value : value;
    }
}
