package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A brochure holds several records one after another, each starting with its place line and title; it becomes
 * several records, and each photo goes with the record it stood in.
 */
class BrochureImportTest {

    private final PracticeTextImport reader = new PracticeTextImport(PracticeTextImportTest.THEMES);

    static final String SECOND = """
            Ås, Viken, Norge

            Felles innkjøp

            Nøkkelord:

            Migrasjon og integrering

            Innledning

            Kommunene kjøper inn sammen, og det gir lavere priser og bedre avtaler for alle som er med.

            Hovedutfordring

            Små kommuner har ikke egne innkjøpere, og de betaler ofte mer enn store kommuner.
            """;

    @Test
    void aWordBrochureBecomesOneRecordPerPracticeWithItsPhotos() throws IOException {
        byte[] file;
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Good practices of inter-municipal cooperation 2021");
            document.createParagraph().createRun().setText("A brochure by the project partners.");
            DocxDocuments.write(document, DocumentImportTest.seed(), true);
            photo(document, "sogn.png", 30);
            DocxDocuments.write(document, SECOND, false);
            photo(document, "aas.png", 40);
            file = DocxDocuments.bytes(document);
        }

        List<DocumentRecords.Part> parts = DocumentRecords.split(DocumentFiles.read("brochure.docx", file));

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).skippedLines()).isEqualTo(2);
        PracticeContent sogn = reader.parse(parts.get(0).text()).content();
        assertThat(sogn).isEqualTo(reader.parse(DocumentImportTest.seed()).content());
        PracticeContent aas = reader.parse(parts.get(1).text()).content();
        assertThat(aas.title()).isEqualTo("Felles innkjøp");
        assertThat(aas.country()).isEqualTo("NO");
        assertThat(aas.language()).isEqualTo(RecordLanguage.NB);
        assertThat(aas.themes()).containsExactly("MIGRATION_INTEGRATION");
        assertThat(aas.section(PracticeSection.MAIN_CHALLENGE)).startsWith("Små kommuner");
        assertThat(parts.get(0).images()).extracting(ImportedImage::fileName).hasSize(1);
        assertThat(parts.get(1).images()).extracting(ImportedImage::contentType).containsExactly("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(parts.get(1).images().getFirst().bytes())).getWidth())
                .isEqualTo(40);
    }

    @Test
    void anOpenDocumentBrochureSplitsTooAndCarriesItsPictures() throws IOException {
        String body = OdtDocuments.body(DocumentImportTest.seed(), true)
                + "<text:p><draw:frame draw:name=\"Photo\"><draw:image xlink:href=\"Pictures/sogn.png\"/></draw:frame></text:p>"
                + OdtDocuments.body(SECOND, false);
        byte[] file = OdtDocuments.zipBytes(Map.of("content.xml", OdtDocuments.content(body).getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "Pictures/sogn.png", png(30)));

        List<DocumentRecords.Part> parts = DocumentRecords.split(DocumentFiles.read("brochure.odt", file));

        assertThat(parts).extracting(p -> reader.parse(p.text()).content().title())
                .containsExactly("Sogn for all", "Felles innkjøp");
        assertThat(parts.get(0).images()).extracting(ImportedImage::fileName).containsExactly("sogn.png");
        assertThat(parts.get(1).images()).isEmpty();
    }

    @Test
    void oneRecordStaysOneEvenWhenItsTextNamesAPlace() throws IOException {
        String text = DocumentImportTest.seed().replace("Each municipality has a personal resource for the project.",
                "Each municipality has a personal resource for the project.\n\nOslo, Viken, Norway\n\nA line");
        assertThat(DocumentRecords.split(DocumentFiles.read("one.docx", DocxDocuments.of(text, true)))).hasSize(1);
    }

    private static void photo(XWPFDocument document, String name, int size) throws IOException {
        try {
            document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png(size)), Document.PICTURE_TYPE_PNG,
                    name, Units.toEMU(40), Units.toEMU(40));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        image.setRGB(size / 2, size / 2, 0xFF8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
