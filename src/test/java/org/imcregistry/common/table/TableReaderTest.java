package org.imcregistry.common.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a person typed comes out as they see it: ISO dates, whole numbers without ".0", cached formula values. */
class TableReaderTest {

    @Test
    void aNormalSheetReadsAsThePersonSeesIt() throws IOException {
        byte[] xlsx = workbook(false, wb -> {
            var sheet = wb.createSheet("Data");
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            header(sheet.createRow(0), "Name", "Founded on", "Count", "Share", "Next", "Label", "Active", "Broken");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Vaksdal");
            first.createCell(1).setCellValue(LocalDate.of(2026, 11, 23));
            first.getCell(1).setCellStyle(date);
            first.createCell(2).setCellValue(42);
            first.createCell(3).setCellValue(3.5);
            first.createCell(4).setCellFormula("C2+1");
            first.createCell(5).setCellFormula("A2&\"!\"");
            first.createCell(6).setCellValue(true);
            first.createCell(7).setCellFormula("1/0");
            Row blank = sheet.createRow(2);
            blank.createCell(0).setCellValue("   ");
            blank.createCell(3);
            Row third = sheet.createRow(4);
            third.createCell(0).setCellValue(" Modalen ");
            third.createCell(9).setCellValue("beyond the header");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Table table = TableReader.read("sheet.xlsx", xlsx);

        assertThat(table.headers())
                .containsExactly("name", "founded_on", "count", "share", "next", "label", "active", "broken");
        assertThat(table.rows()).extracting(Table.Row::line).as("1-based, blank rows skipped").containsExactly(2, 5);
        Table.Row row = table.rows().getFirst();
        assertThat(row.get("founded_on")).isEqualTo("2026-11-23");
        assertThat(row.get("count")).isEqualTo("42");
        assertThat(row.get("share")).isEqualTo("3.5");
        assertThat(row.get("next")).as("a formula's cached value").isEqualTo("43");
        assertThat(row.get("label")).isEqualTo("Vaksdal!");
        assertThat(row.get("active")).isEqualTo("true");
        assertThat(row.get("broken")).as("an error is no value").isNull();
        assertThat(table.rows().get(1).get("name")).isEqualTo("Modalen");
        assertThat(table.rows().get(1).cells().values()).as("a value without a header is left out")
                .doesNotContain("beyond the header");
    }

    @Test
    void datesOfA1904WorkbookComeOutTheSame() throws IOException {
        byte[] xlsx = workbook(true, wb -> {
            var sheet = wb.createSheet("Data");
            var date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            header(sheet.createRow(0), "Day");
            sheet.createRow(1).createCell(0).setCellValue(LocalDate.of(2001, 2, 3));
            sheet.getRow(1).getCell(0).setCellStyle(date);
        });
        assertThat(TableReader.read("old-mac.xlsx", xlsx).rows().getFirst().get("day")).isEqualTo("2001-02-03");
    }

    @Test
    void aGapInTheHeaderKeepsEveryValueUnderItsOwnHeader() throws IOException {
        byte[] xlsx = workbook(false, wb -> {
            var sheet = wb.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue("a");
            sheet.getRow(0).createCell(2).setCellValue("c");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("1");
            row.createCell(2).setCellValue("3");
        });
        Table table = TableReader.read("gap.xlsx", xlsx);
        assertThat(table.headers()).containsExactly("a", "", "c");
        assertThat(table.rows().getFirst().get("c")).isEqualTo("3");
    }

    @Test
    void onlyTheFirstSheetIsRead() throws IOException {
        byte[] xlsx = workbook(false, wb -> {
            header(wb.createSheet("First").createRow(0), "first");
            header(wb.createSheet("Second").createRow(0), "second");
        });
        assertThat(TableReader.read("two.xlsx", xlsx).headers()).containsExactly("first");
    }

    @Test
    void aCsvReadsAsBefore() {
        String csv = "\uFEFFName;Count\nVaksdal;42\n\n;\nModalen; 7 \n";
        Table table = TableReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(table.headers()).containsExactly("name", "count");
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 4);
        assertThat(table.rows()).extracting(r -> r.get("count")).containsExactly("42", "7");
    }

    interface Fill {
        void fill(XSSFWorkbook workbook);
    }

    static byte[] workbook(boolean date1904, Fill fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            if (date1904) {
                var ct = workbook.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            }
            fill.fill(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Row row, String... names) {
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
        }
    }
}
