package org.imcregistry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imcregistry.common.table.XlsxStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming writer keeps what the POI writer gives: typed cells, literal text, links, bold frozen headers with
 * filters, safe sheet names in the order made; rows beyond a flush are all there.
 */
class XlsxStreamTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void formulaLikeTextIsATextCellInTheTextFormat(String hostile) throws IOException {
        try (var workbook = read(List.of(Arrays.asList(hostile)))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(hostile);
            assertThat(cell.getCellStyle().getDataFormatString()).as("editing the cell keeps it text").isEqualTo("@");
        }
    }

    @Test
    void numbersDatesTimesAndLinksAreTypedCells() throws IOException {
        Instant at = LocalDate.of(2026, 11, 23).atTime(14, 30).toInstant(ZoneOffset.UTC);
        String longText = "x".repeat(500);
        try (var workbook = read(List.of(Arrays.asList(42, LocalDate.of(2026, 11, 23), at, "plain", null,
                URI.create("https://example.org/a?b=1"), longText)))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(42);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(at.atOffset(ZoneOffset.UTC)
                    .toLocalDateTime());
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("plain");
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isNotEqualTo("@");
            assertThat(row.getCell(4)).isNull();
            assertThat(row.getCell(5).getHyperlink().getAddress()).isEqualTo("https://example.org/a?b=1");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo(longText);
        }
    }

    @Test
    void headersAreBoldAndFrozenWithFiltersAndSheetsKeepTheirOrderAndSafeNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStream writer = new XlsxStream(out)) {
            XlsxStream.SheetRows first = writer.sheet("Shortlist: the best [2026]", List.of("a", "b"));
            XlsxStream.SheetRows second = writer.sheet("Scores", List.of("a"));
            for (int i = 0; i < 2_500; i++) {
                second.add(List.of(i));
            }
            second.finish();
            first.add(List.of("x", 1));
            first.finish();
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Shortlist  the best  2026 ");
            assertThat(workbook.getSheetName(1)).isEqualTo("Scores");
            var scores = workbook.getSheetAt(1);
            assertThat(scores.getLastRowNum()).as("rows flushed on the way are all there").isEqualTo(2_500);
            assertThat(scores.getRow(2_500).getCell(0).getNumericCellValue()).isEqualTo(2_499);
            assertThat(scores.getPaneInformation().isFreezePane()).isTrue();
            assertThat(scores.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:A2501");
            var shortlist = workbook.getSheetAt(0);
            assertThat(shortlist.getRow(0).getCell(1).getCellStyle().getFont().getBold()).isTrue();
            assertThat(shortlist.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void rowsGivenCellByCellAreTypedLiteralAndAllThereAcrossFlushes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStream writer = new XlsxStream(out)) {
            XlsxStream.SheetRows sheet = writer.sheet("Scores", List.of("entry", "score", "comment"));
            for (int i = 0; i < 2_500; i++) {
                sheet.startRow();
                sheet.text(0, i == 7 ? "=1+1" : "Entry " + i);
                sheet.number(1, i + 0.5);
                sheet.text(2, i % 2 == 0 ? null : "odd");
            }
            sheet.finish();
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var scores = workbook.getSheetAt(0);
            assertThat(scores.getLastRowNum()).isEqualTo(2_500);
            assertThat(scores.getRow(2_500).getCell(0).getStringCellValue()).isEqualTo("Entry 2499");
            assertThat(scores.getRow(1_001).getCell(1).getNumericCellValue()).isEqualTo(1_000.5);
            assertThat(scores.getRow(1).getCell(2)).as("a missing value stays missing").isNull();
            assertThat(scores.getRow(2).getCell(2).getStringCellValue()).isEqualTo("odd");
            var formula = scores.getRow(8).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(scores.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C2501");
        }
    }

    @Test
    void oneSheetIsWrittenAtATime() {
        try (XlsxStream writer = new XlsxStream(new ByteArrayOutputStream())) {
            XlsxStream.SheetRows first = writer.sheet("A", List.of("a"));
            XlsxStream.SheetRows second = writer.sheet("B", List.of("b"));
            first.add(List.of(1));
            assertThatThrownBy(() -> second.add(List.of(2))).isInstanceOf(IllegalStateException.class);
            first.finish();
            second.add(List.of(2));
            second.finish();
        }
    }

    private static XSSFWorkbook read(List<List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStream writer = new XlsxStream(out)) {
            XlsxStream.SheetRows sheet = writer.sheet("S", List.of("a", "b", "c", "d", "e", "f", "g"));
            sheet.addAll(rows);
            sheet.finish();
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
