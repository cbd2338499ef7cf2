package org.imcregistry.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Import in two steps: a report of every row, then all ready rows written or none. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class RegisterImportTest {

    @Autowired
    RegisterImport registerImport;
    @Autowired
    MunicipalityDirectory directory;
    @Autowired
    PartnershipRegister register;

    @Test
    void goodAndBadMunicipalityRowsAreReportedRowByRow() {
        String csv = """
                country,official_code,name,region,level,population
                NO,5001,Trondheim,Trøndelag,municipality,214000
                no,5006,Steinkjer,Trøndelag,,24000
                XX,1,Nowhere,,,
                NO,4640,Sogndal again,Vestland,,
                NO,5001,Trondheim twice,Trøndelag,,
                PL,1465011,,mazowieckie,,
                PL,1465011,Warszawa,mazowieckie,city,lots
                """;
        ImportPreview preview = registerImport.preview(ImportKind.MUNICIPALITIES, "m.csv", bytes(csv));
        assertThat(preview.rows()).extracting(ImportPreview.RowReport::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(keysOf(preview)).containsExactly(
                List.of(), List.of(), List.of("municipality.error.country"), List.of("municipality.error.code-taken"),
                List.of("import.error.duplicate-in-file"), List.of("validation.required"),
                List.of("import.error.level", "import.error.number", "import.error.duplicate-in-file"));
        assertThat(preview.readyCount()).isEqualTo(2);
        assertThat(directory.count("NO", "Trondheim")).as("a preview writes nothing").isZero();

        assertThat(registerImport.write(preview)).isEqualTo(2);
        assertThat(directory.find("NO", "Steinkjer", 0, 5)).singleElement()
                .satisfies(m -> assertThat(m.population()).isEqualTo(24000));
    }

    @Test
    void coordinatesAreReadAndABadOneRefusesItsRowWithAMessageInTheReadersLanguage() {
        String csv = """
                country;official_code;name;latitude;longitude
                NO;5501;Tromsø;69,6492;18,9553
                NO;1833;Rana;66.3128;14.1428
                NO;5601;Alta;;
                NO;1824;Vefsn;65.8361;
                NO;5503;Harstad;91;16.5
                NO;5634;Vardø;70.37;-181
                NO;5626;Kautokeino;69°00'N;23°02'E
                """;
        ImportPreview preview = registerImport.preview(ImportKind.MUNICIPALITIES, "m.csv", bytes(csv));
        assertThat(keysOf(preview)).containsExactly(List.of(), List.of(), List.of(),
                List.of("municipality.error.coordinates"), List.of("municipality.error.latitude"),
                List.of("municipality.error.longitude"), List.of("import.error.decimal", "import.error.decimal"));
        Problem latitude = preview.rows().get(4).problems().getFirst();
        assertThat(latitude.field()).isEqualTo("latitude");
        assertThat(org.imcregistry.common.MessageBundle.text(latitude.messageKey(), java.util.Locale.of("nb"),
                latitude.argumentArray())).isEqualTo("Breddegrad 91.0 er utenfor −90 til 90. Oppgi desimalgrader, "
                        + "f.eks. 61.2297.");
        assertThat(org.imcregistry.common.MessageBundle.text("import.error.decimal", java.util.Locale.of("pl"),
                preview.rows().get(6).problems().getFirst().argumentArray())).startsWith("69°00'N nie jest liczbą");
        assertThat(directory.count("NO", "Harstad")).as("a preview writes nothing").isZero();

        assertThat(registerImport.write(preview)).isEqualTo(3);
        assertThat(directory.find("NO", "Tromsø", 0, 1).getFirst()).satisfies(m -> {
            assertThat(m.latitude()).isEqualTo(69.6492);
            assertThat(m.longitude()).isEqualTo(18.9553);
        });
        assertThat(directory.find("NO", "Alta", 0, 1).getFirst().latitude()).isNull();
        assertThat(directory.count("NO", "Vefsn") + directory.count("NO", "Harstad") + directory.count("NO", "Vardø")
                + directory.count("NO", "Kautokeino")).as("refused rows change nothing").isZero();
    }

    @Test
    void partnershipRowsReferToMunicipalitiesByCountryAndCode() {
        String csv = """
                name;legal_form;service_areas;lead_municipality;members;founding_year;status;dissolved_on;website
                Vaksdal og Modalen IKT;no_host_municipality;IT;NO:4628;NO:4629, NO:4623;2008;;;https://example.org
                Ghost union;PL_INTERMUNICIPAL_UNION;WATER;PL:9999999;PL:1261011;1999;;;
                Too early;NO_IKS;WASTE;NO:4601;NO:4627;1700;;;
                Closed one;NO_IKS;WASTE;NO:4601;NO:4627;2001;dissolved;;
                ;NO_IKS;WASTE;NO:4601;NO:4627;2001;;;
                """;
        ImportPreview preview = registerImport.preview(ImportKind.PARTNERSHIPS, "p.csv", bytes(csv));
        assertThat(keysOf(preview)).containsExactly(List.of(), List.of("import.error.municipality-unknown"),
                List.of("partnership.error.founding-year"), List.of("partnership.error.dissolved-date-required"),
                List.of("validation.required"));
        assertThat(registerImport.write(preview)).isEqualTo(1);
        PartnershipRow written = register.find(new RegisterFilter("Vaksdal og Modalen", null, null, null, null, null),
                0, 5).getFirst();
        assertThat(written.leadName()).isEqualTo("Vaksdal");
        assertThat(written.memberNames()).containsExactlyInAnyOrder("Vaksdal", "Modalen", "Samnanger");
    }

    @Test
    void ifAnythingFailsWhileWritingNothingIsWritten() {
        String csv = """
                country,official_code,name
                NO,3301,Drammen
                NO,3303,Kongsberg
                NO,3305,Ringerike
                """;
        ImportPreview preview = registerImport.preview(ImportKind.MUNICIPALITIES, "m.csv", bytes(csv));
        assertThat(preview.readyCount()).isEqualTo(3);
        // someone registers the last municipality between the preview and the confirmation
        directory.create(new MunicipalityData("NO", "3305", "Ringerike", null, null, null));

        assertThatThrownBy(() -> registerImport.write(preview)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.changed-since-preview"));
        assertThat(directory.count("NO", "Drammen")).isZero();
        assertThat(directory.count("NO", "Kongsberg")).isZero();
    }

    @Test
    void filesThatAreNotWhatTheyClaimAreRefused() {
        assertRefused(ImportKind.MUNICIPALITIES, "m.xlsx", bytes("country,official_code,name\nNO,1,X"),
                "upload.error.not-xlsx");
        assertRefused(ImportKind.MUNICIPALITIES, "m.csv", new byte[] {(byte) 0xC3, 0x28, 0x00, 0x41},
                "upload.error.not-csv");
        assertRefused(ImportKind.MUNICIPALITIES, "m.pdf", bytes("%PDF-1.7"), "upload.error.type");
        assertRefused(ImportKind.MUNICIPALITIES, "m.csv", new byte[0], "upload.error.empty");
        assertRefused(ImportKind.MUNICIPALITIES, "m.csv", bytes("land,kode\nNO,1"), "import.error.missing-columns");
        assertRefused(ImportKind.MUNICIPALITIES, "m.csv", bytes("country,official_code,name\n"),
                "import.error.no-rows");
    }

    @Test
    void anXlsxFileIsReadLikeItsCsvTwin() {
        byte[] xlsx;
        try (var writer = new org.imcregistry.common.table.TableWriter()) {
            xlsx = writer.sheet("Municipalities", List.of("Country", "Official code", "Name", "Population"),
                    List.of(List.of("NO", "1103", "Stavanger", 149000), List.of("NO", "1108", "Sandnes", 83000)))
                    .toBytes();
        }
        ImportPreview preview = registerImport.preview(ImportKind.MUNICIPALITIES, "m.xlsx", xlsx);
        assertThat(preview.readyCount()).isEqualTo(2);
        assertThat(registerImport.write(preview)).isEqualTo(2);
        assertThat(directory.find("NO", "Stavanger", 0, 1).getFirst().population()).isEqualTo(149000);
    }

    @Test
    @WithUserDetails("coordinator")
    void onlyAdminsImport() {
        assertThatThrownBy(() -> registerImport.preview(ImportKind.MUNICIPALITIES, "m.csv",
                bytes("country,official_code,name\nNO,1,X"))).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(ImportKind kind, String name, byte[] content, String key) {
        assertThatThrownBy(() -> registerImport.preview(kind, name, content)).as(key)
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static List<List<String>> keysOf(ImportPreview preview) {
        return preview.rows().stream().map(r -> r.problems().stream().map(Problem::messageKey).toList()).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
