package org.imcregistry.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The export holds exactly the filtered partnerships, with real numbers and a frozen, filterable header. */
@IntegrationTest
@WithMockUser
class RegisterExportTest {

    @Autowired
    RegisterExport export;

    @Test
    void exportsTheFilteredRegister() throws IOException {
        byte[] xlsx = export.workbook(new RegisterFilter(null, "NO", null, null, null, null), Locale.ENGLISH,
                key -> key.equals("register.sheet") ? "Register" : key);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Register");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("register.column.name");
            assertThat(sheet.getLastRowNum()).as("four Norwegian partnerships").isEqualTo(4);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as("ordered by name, ignoring case")
                    .isEqualTo("Barnevernstenesta i Lærdal og Årdal");
            var bir = sheet.getRow(2);
            assertThat(bir.getCell(0).getStringCellValue()).isEqualTo("BIR AS");
            assertThat(bir.getCell(1).getStringCellValue()).isEqualTo("Limited company (AS)");
            assertThat(bir.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(bir.getCell(5).getNumericCellValue()).isEqualTo(8);
            assertThat(bir.getCell(7).getNumericCellValue()).isEqualTo(2002);
        }
    }
}
