package org.imcregistry.common.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imcregistry.common.UserFacingException;

/**
 * Reads an uploaded .xlsx (first sheet) or .csv (UTF-8, comma or semicolon) into a {@link Table}.
 * The file must be what its name says: the content is checked, not only the extension. Any failure
 * becomes a refusal with a message key; nothing technical reaches the user.
 */
public final class TableReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    private TableReader() {
    }

    public static Table read(String fileName, byte[] content) {
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
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            var headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new UserFacingException("upload.error.no-header");
            }
            headerRow.forEach(cell -> headers.add(normaliseHeader(text(cell))));
            List<Table.Row> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.put(headers.get(c), text(row.getCell(c)));
                }
                addIfNotBlank(rows, new Table.Row(r + 1, cells));
            }
            return new Table(headers, rows);
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
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
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = parser.getHeaderNames().stream().map(TableReader::normaliseHeader).toList();
            List<Table.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.put(headers.get(c), c < record.size() ? record.get(c) : null);
                }
                addIfNotBlank(rows, new Table.Row((int) record.getRecordNumber() + 1, cells));
            }
            return new Table(headers, rows);
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("upload.error.not-csv");
        }
    }

    private static void addIfNotBlank(List<Table.Row> rows, Table.Row row) {
        if (row.cells().values().stream().allMatch(v -> v == null || v.isBlank())) {
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            throw new UserFacingException("upload.error.too-many-rows", MAX_ROWS);
        }
        rows.add(row);
    }

    private static String normaliseHeader(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** A cell as the person sees it: whole numbers without ".0", dates as ISO 8601. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
                    : number(cell.getNumericCellValue());
            default -> null;
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
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
