package org.imcregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imcregistry.common.table.TableWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Text that looks like a formula stays literal text; numbers and dates keep their types. */
class TableWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void formulaLikeTextIsWrittenAsLiteralText(String hostile) throws IOException {
        try (var workbook = read(List.of(Arrays.asList(hostile)))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(hostile);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void numbersAndDatesAreTypedCells() throws IOException {
        try (var workbook = read(List.of(Arrays.asList(42, LocalDate.of(2026, 11, 23), "plain", null)))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(42);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static XSSFWorkbook read(List<List<?>> rows) throws IOException {
        try (TableWriter writer = new TableWriter()) {
            return new XSSFWorkbook(new ByteArrayInputStream(writer.sheet("S", List.of("a", "b", "c", "d"), rows)
                    .toBytes()));
        }
    }
}
