package org.imcregistry.common.table;

import org.jspecify.annotations.Nullable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.imcregistry.common.UserFacingException;

/**
 * Reads an uploaded .xlsx (first sheet) or .csv (UTF-8, comma or semicolon) into a {@link Table}.
 * The file must be what its name says: the content is checked, not only the extension. Any failure
 * becomes a refusal with a message key; nothing technical reaches the user.
 *
 * <p>A small file can describe a huge table (a 1 MB workbook of 16,384 columns × 10,000 rows), so both
 * formats are read as a stream and refused the moment they pass {@link #MAX_COLUMNS}, {@link #MAX_ROWS}
 * or {@link #MAX_CELLS}; memory stays bounded by those limits, not by what the file claims.
 */
public final class TableReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Non-blank rows below the header. */
    public static final int MAX_ROWS = 10_000;
    /** Columns of the header row, blank header cells included; no row may have a value further right. */
    public static final int MAX_COLUMNS = 200;
    /** Non-empty cells in the whole sheet, header included. */
    public static final int MAX_CELLS = 200_000;
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    private TableReader() {
    }

    public static Table read(@Nullable String fileName, byte[] content) {
        if (content.length == 0) {
            throw new UserFacingException("upload.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("upload.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return readXlsx(content);
        }
        if (name.endsWith(".csv")) {
            return readCsv(content);
        }
        throw new UserFacingException("upload.error.type");
    }

    private static Table readXlsx(byte[] content) {
        if (!startsWith(content, ZIP_MAGIC)) {
            throw new UserFacingException("upload.error.not-xlsx");
        }
        try {
            return XlsxSheetReader.read(content);
        } catch (Exception e) {
            // a limit passed inside the SAX handler may arrive wrapped in the parser's exception
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UserFacingException refusal) {
                    throw refusal;
                }
            }
            throw new UserFacingException("upload.error.not-xlsx");
        }
    }

    private static Table readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException("upload.error.not-csv");
        }
        if (text.indexOf('\0') >= 0 || startsWith(content, ZIP_MAGIC)) {
            throw new UserFacingException("upload.error.not-csv");
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        checkCsvWidth(text, delimiter);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            TableBuilder table = new TableBuilder();
            table.startRow(1);
            var headers = parser.getHeaderNames();
            for (int c = 0; c < headers.size(); c++) {
                table.cell(c, headers.get(c));
            }
            table.endRow();
            for (CSVRecord record : parser) {
                table.startRow((int) record.getRecordNumber() + 1);
                for (int c = 0; c < record.size(); c++) {
                    table.cell(c, record.get(c));
                }
                table.endRow();
            }
            return table.build();
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception e) {
            throw new UserFacingException("upload.error.not-csv");
        }
    }

    /**
     * Refuses a record with more than {@link #MAX_COLUMNS} fields before commons-csv builds it (a 5 MB line of
     * commas would be millions of strings). Splits as commons-csv does: a quote opens a quoted field only as a
     * field's first character, and inside one a doubled quote is a quote, delimiters and line breaks are text.
     */
    private static void checkCsvWidth(String text, char delimiter) {
        int fields = 1;
        boolean fieldStart = true;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == delimiter && ++fields > MAX_COLUMNS) {
                throw new UserFacingException("upload.error.too-many-columns", MAX_COLUMNS);
            } else if (c == '\n' || c == '\r') {
                fields = 1;
            }
            fieldStart = !quoted && (c == delimiter || c == '\n' || c == '\r');
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
