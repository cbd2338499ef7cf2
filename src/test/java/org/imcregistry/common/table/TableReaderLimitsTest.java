package org.imcregistry.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.Test;

/**
 * Small files that describe huge tables are refused while they are read, and reading them costs little memory.
 * Memory is measured as the bytes the reading thread allocates (garbage included), which does not depend on when
 * the collector runs.
 */
class TableReaderLimitsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aSheetOf16384ColumnsIsRefusedAtItsHeader() throws IOException {
        byte[] xlsx = sxssf(16_384, 10_000, 10);
        assertThat(xlsx.length).as("fits the upload limit").isLessThan(TableReader.MAX_BYTES);

        Refusal refusal = refusal("wide.xlsx", xlsx);

        assertThat(refusal.key()).isEqualTo("upload.error.too-many-columns");
        assertThat(refusal.arguments()).containsExactly(TableReader.MAX_COLUMNS);
        // measured: this reader allocates about 1.4 MB and stops at the header; the XSSFWorkbook reader it replaced
        // built a 16,384-entry map per row and died of OutOfMemoryError in a 6 GB heap after allocating 9.5 GB
        // in 66 s (with 1,000 rows instead of 10,000 it allocated 1.2 GB)
        assertThat(refusal.allocated()).isLessThan(64 * MB);
    }

    @Test
    void blankHeaderCellsPastTheLimitCountToo() throws IOException {
        byte[] xlsx = TableReaderTest.workbook(false, wb -> {
            var header = wb.createSheet("S").createRow(0);
            header.createCell(0).setCellValue("name");
            header.createCell(TableReader.MAX_COLUMNS);
        });
        assertThat(refusal("blank.xlsx", xlsx).key()).isEqualTo("upload.error.too-many-columns");

        byte[] atTheLimit = sxssf(TableReader.MAX_COLUMNS, 1, 1);
        assertThat(TableReader.read("ok.xlsx", atTheLimit).headers()).hasSize(TableReader.MAX_COLUMNS);
    }

    @Test
    void aValueRightOfTheColumnLimitIsRefused() throws IOException {
        byte[] xlsx = TableReaderTest.workbook(false, wb -> {
            var sheet = wb.createSheet("S");
            sheet.createRow(0).createCell(0).setCellValue("name");
            sheet.createRow(1).createCell(16_383).setCellValue("far right");
        });
        assertThat(refusal("far.xlsx", xlsx).key()).isEqualTo("upload.error.too-many-columns");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedWhileStreaming() throws IOException {
        assertThat(TableReader.read("ok.xlsx", sxssf(3, TableReader.MAX_ROWS, 3)).rows()).hasSize(TableReader.MAX_ROWS);

        Refusal refusal = refusal("long.xlsx", sxssf(3, 200_000, 3));
        assertThat(refusal.key()).isEqualTo("upload.error.too-many-rows");
        assertThat(refusal.arguments()).containsExactly(TableReader.MAX_ROWS);
        assertThat(refusal.allocated()).isLessThan(64 * MB);
    }

    @Test
    void aMillionIdenticalRowsThatZipSmallAreRefusedEarly() throws IOException {
        byte[] xlsx = handMade(out -> {
            for (int r = 1; r <= 1_000_000; r++) {
                out.write(ascii("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
            }
        }, null);
        assertThat(xlsx.length).as("zips to a few MB at most").isLessThan(TableReader.MAX_BYTES);

        Refusal refusal = refusal("million.xlsx", xlsx);

        assertThat(refusal.key()).isEqualTo("upload.error.too-many-rows");
        assertThat(refusal.allocated()).isLessThan(64 * MB);
    }

    @Test
    void tooManyCellsAreRefused() throws IOException {
        Refusal refusal = refusal("dense.xlsx", sxssf(150, 1_400, 150));
        assertThat(refusal.key()).isEqualTo("upload.error.too-many-cells");
        assertThat(refusal.arguments()).containsExactly(TableReader.MAX_CELLS);
    }

    @Test
    void aSharedStringThatInflatesEnormouslyIsRefusedAsAZipBomb() throws IOException {
        byte[] xlsx = handMade(cellOfSharedString(), out -> {
            out.write(ascii("<si><t>"));
            byte[] chunk = ascii("a".repeat(1024 * 1024));
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
            out.write(ascii("</t></si>"));
        });
        assertThat(xlsx.length).as("64 MB of one character").isLessThan(200 * 1024);

        Refusal refusal = refusal("bomb.xlsx", xlsx);

        assertThat(refusal.key()).isEqualTo("upload.error.not-xlsx");
        assertThat(refusal.allocated()).isLessThan(64 * MB);
    }

    @Test
    void textLongerThanAnyCellCanHoldIsRefused() throws IOException {
        String longText = new Random(2).ints(100_000, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        byte[] inline = handMade(out -> out.write(ascii("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + longText
                + "</t></is></c></row>")), null);
        byte[] shared = handMade(cellOfSharedString(), out -> out.write(ascii("<si><t>" + longText + "</t></si>")));

        assertThat(refusal("inline.xlsx", inline).key()).isEqualTo("upload.error.not-xlsx");
        assertThat(refusal("shared.xlsx", shared).key()).isEqualTo("upload.error.not-xlsx");
    }

    @Test
    void sharedStringsPastTheirCapAreRefusedThoughTheyPassTheInflateRatio() throws IOException {
        Random random = new Random(1);
        int strings = 40 * 1024;
        byte[] xlsx = handMade(cellOfSharedString(), out -> {
            // 40 MB of 1 KB strings, varied enough to stay above ZipSecureFile's minimum inflate ratio
            byte[] text = new byte[1024 - "<si><t></t></si>".length()];
            for (int i = 0; i < strings; i++) {
                for (int b = 0; b < text.length; b++) {
                    text[b] = (byte) (b < 12 ? 'a' + random.nextInt(26) : 'a');
                }
                out.write(ascii("<si><t>"));
                out.write(text);
                out.write(ascii("</t></si>"));
            }
        });
        assertThat(xlsx.length).isLessThan(TableReader.MAX_BYTES);
        assertThat((double) xlsx.length / (strings * 1024L)).as("no zip bomb by ratio").isGreaterThan(0.01);

        Refusal refusal = refusal("strings.xlsx", xlsx);

        assertThat(refusal.key()).isEqualTo("upload.error.not-xlsx");
        assertThat(refusal.allocated()).isLessThan(3 * XlsxSheetReader.MAX_SHARED_STRINGS_BYTES);
    }

    @Test
    void aCsvWiderThanTheLimitIsRefused() {
        String wideHeader = names(TableReader.MAX_COLUMNS + 1) + "\n1\n";
        assertThat(refusal("wide.csv", bytes(wideHeader)).key()).isEqualTo("upload.error.too-many-columns");

        String wideRecordBehindAQuotedLineBreak = "name,note\nx,\"two\nlines\"" + ",".repeat(1_000_000) + "\n";
        Refusal refusal = refusal("hidden.csv", bytes(wideRecordBehindAQuotedLineBreak));
        assertThat(refusal.key()).isEqualTo("upload.error.too-many-columns");
        assertThat(refusal.allocated()).isLessThan(64 * MB);

        String atTheLimit = names(TableReader.MAX_COLUMNS) + "\n" + "\"a,b\",".repeat(199) + "z\n";
        Table.Row row = TableReader.read("ok.csv", bytes(atTheLimit)).rows().getFirst();
        assertThat(row.get("c0")).isEqualTo("a,b");
        assertThat(row.get("c199")).isEqualTo("z");
    }

    @Test
    void aCsvWithTooManyCellsIsRefused() {
        String csv = names(100) + "\n" + ("1,".repeat(99) + "1\n").repeat(2_100);
        assertThat(refusal("dense.csv", bytes(csv)).key()).isEqualTo("upload.error.too-many-cells");
    }

    private record Refusal(String key, Object[] arguments, long allocated) {
    }

    private static Refusal refusal(String name, byte[] content) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        try {
            TableReader.read(name, content);
        } catch (UserFacingException e) {
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            System.out.printf("%s: %s after %,d bytes allocated%n", name, e.messageKey(), allocated);
            return new Refusal(e.messageKey(), e.arguments(), allocated);
        }
        return fail("%s was read", name);
    }

    /** A streamed workbook: a header of {@code headers} cells, then rows of {@code width} small numbers. */
    private static byte[] sxssf(int headers, int rows, int width) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("S");
            var header = sheet.createRow(0);
            for (int c = 0; c < headers; c++) {
                header.createCell(c).setCellValue("h" + c);
            }
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < width; c++) {
                    row.createCell(c).setCellValue((r + c) % 10);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static Content cellOfSharedString() {
        return out -> out.write(ascii("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"));
    }

    /** The few parts an .xlsx needs, written by hand: the first sheet's rows, and its shared strings if given. */
    private static byte[] handMade(Content rows, Content sharedStrings) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + type + "sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + type + "worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + type + "sharedStrings+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                    + "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(ascii("<worksheet xmlns=\"" + main + "\"><sheetData>"));
            rows.write(zip);
            zip.write(ascii("</sheetData></worksheet>"));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(ascii("<sst xmlns=\"" + main + "\">"));
            if (sharedStrings != null) {
                sharedStrings.write(zip);
            }
            zip.write(ascii("</sst>"));
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String names(int columns) {
        return String.join(",", java.util.stream.IntStream.range(0, columns).mapToObj(c -> "c" + c).toList());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
