package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.Table;
import org.imcregistry.common.table.TableReader;

/**
 * Respondents as a coordinator brings them: a pasted list (one person a line: name, address, then optionally
 * municipality, group and language, separated by tabs, semicolons or commas, or "Name &lt;address&gt;"), or an
 * .xlsx/.csv file with the columns name, email, municipality, group, language. Reading only; checks come after.
 */
final class RespondentList {

    static final int MAX_PASTED_CHARS = 200_000;
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*\"?([^<>\"]*?)\"?\\s*<([^<>]+)>\\s*$");

    private RespondentList() {
    }

    /** One person as written, before any check; {@code number} is the line or spreadsheet row. */
    record Line(int number, @Nullable String name, @Nullable String email, @Nullable String municipality, @Nullable String group,
            @Nullable String language) {
    }

    /** What a row without municipality, group or language gets: the choices made in the dialog. */
    record Defaults(@Nullable Long municipalityId, RespondentGroup group, Locale language) {
    }

    static List<Line> fromFile(@Nullable String fileName, byte[] file) {
        Table table = TableReader.read(fileName, file);
        if (!table.headers().contains("email")) {
            throw new UserFacingException("respondents.error.columns");
        }
        List<Line> lines = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            lines.add(new Line(row.line(), row.get("name"), row.get("email"), row.get("municipality"),
                    row.get("group"), row.get("language")));
        }
        return lines;
    }

    static List<Line> fromText(@Nullable String pasted) {
        if (pasted == null) {
            return List.of();
        }
        if (pasted.length() > MAX_PASTED_CHARS) {
            throw new UserFacingException("respondents.error.list-too-long", MAX_PASTED_CHARS);
        }
        List<Line> lines = new ArrayList<>();
        String[] rows = pasted.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || i == 0 && row.toLowerCase(Locale.ROOT).matches(".*\\be-?mail\\b.*") && !row.contains("@")) {
                continue; // blank lines, and a header copied along from a spreadsheet
            }
            lines.add(line(i + 1, row));
        }
        return lines;
    }

    private static Line line(int number, String row) {
        Matcher named = NAME_AND_ADDRESS.matcher(row);
        if (named.matches()) {
            return new Line(number, blankToNull(named.group(1)), named.group(2).strip(), null, null, null);
        }
        String separator = row.contains("\t") ? "\t" : row.contains(";") ? ";" : ",";
        String[] cells = row.split(Pattern.quote(separator), -1);
        return new Line(number, cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3), cell(cells, 4));
    }

    private static @Nullable String cell(String[] cells, int index) {
        return index < cells.length ? blankToNull(cells[index]) : null;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
