package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A documented practice read from a .docx, an .odt or a .pdf becomes the same record as the same text imported
 * as text: every section, the metadata, the notes, the language guess; with headings set as styles and as bold
 * lines alike.
 */
class DocumentImportTest {

    private final PracticeTextImport reader = new PracticeTextImport(PracticeTextImportTest.THEMES);

    static String seed() throws IOException {
        return Files.readString(PracticeTextImportTest.seed003(), StandardCharsets.UTF_8);
    }

    static byte[] document(String kind, String text, boolean styled) throws IOException {
        return switch (kind) {
            case "docx" -> DocxDocuments.of(text, styled);
            case "odt" -> OdtDocuments.of(text, styled);
            case "pdf" -> PdfDocuments.of(text, styled);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0}, headings as styles: {1}")
    @CsvSource({"docx, true", "docx, false", "odt, true", "odt, false", "pdf, true", "pdf, false"})
    void theSeedReadsAsTheTextImportReadsIt(String kind, boolean styled) throws IOException {
        String seed = seed();
        PracticeTextImport.Parsed expected = reader.parse(seed);

        DocumentOutline.Outline outline = DocumentFiles.read("sogn." + kind, document(kind, seed, styled));
        PracticeTextImport.Parsed imported = reader.parse(outline.text());

        for (PracticeSection section : PracticeSection.values()) {
            assertThat(imported.content().section(section)).as(section.heading())
                    .isEqualTo(expected.content().section(section));
        }
        assertThat(imported.content()).isEqualTo(expected.content());
        assertThat(imported.notes()).extracting(n -> n.messageKey())
                .isEqualTo(expected.notes().stream().map(n -> n.messageKey()).toList());
        assertThat(imported.content().title()).isEqualTo("Sogn for all");
    }

    @Test
    void norwegianAndPolishHeadingsAreTheTemplatesHeadings() {
        assertThat(PracticeSection.ofHeading("Hovedutfordring")).contains(PracticeSection.MAIN_CHALLENGE);
        assertThat(PracticeSection.ofHeading("Interessenter og partnere")).contains(PracticeSection.STAKEHOLDERS);
        assertThat(PracticeSection.ofHeading("Zgodność z celami zrównoważonego rozwoju (SDG)"))
                .contains(PracticeSection.SDGS);
        assertThat(PracticeSection.ofHeading("Uwagi końcowe:")).contains(PracticeSection.CONCLUDING_REMARKS);
        assertThat(TemplateLines.isKeywordHeading("Nøkkelord:")).isTrue();
        assertThat(TemplateLines.isKeywordHeading("Słowa kluczowe")).isTrue();
        assertThat(TemplateLines.footerKey("Forsker/intervjuer\tKari")).contains("researcher");
        assertThat(PracticeSection.ofHeading("Lessons learned")).isEmpty();
        assertThat(TemplateLines.isHeading("Nettside/sosiale medier", "website")).isTrue();
        assertThat(TemplateLines.isHeading("Nettsidene oppdateres jevnlig", "website")).isFalse();
    }

    @Test
    void aPolishDocumentWithPolishHeadingsFillsItsSections() throws IOException {
        String text = """
                Kraków, Małopolska, Poland

                Wspólne zakupy gmin

                Słowa kluczowe:

                Zamówienia publiczne

                Wprowadzenie

                Gminy kupują razem energię, żywność i usługi, co obniża koszty i wzmacnia współpracę między urzędami.

                Główne wyzwanie

                Małe gminy płacą więcej, gdy kupują osobno; brakuje też specjalistów od zamówień.

                Uwagi końcowe

                Współpraca się opłaca i będzie rozszerzana na kolejne gminy z regionu.
                """;
        PracticeTextImport.Parsed parsed = reader.parse(DocumentFiles.read("zakupy.docx", DocxDocuments.of(text, true))
                .text());
        assertThat(parsed.content().section(PracticeSection.INTRODUCTION)).startsWith("Gminy kupują razem");
        assertThat(parsed.content().section(PracticeSection.MAIN_CHALLENGE)).startsWith("Małe gminy");
        assertThat(parsed.content().section(PracticeSection.CONCLUDING_REMARKS)).startsWith("Współpraca");
        assertThat(parsed.content().language()).isEqualTo(RecordLanguage.PL);
        assertThat(parsed.content().keywords()).isEqualTo("Zamówienia publiczne");
    }

    @Test
    void aFootnoteIsAppendedToItsSectionAndATableBecomesLinesOfCells() throws IOException {
        byte[] file;
        try (XWPFDocument document = new XWPFDocument()) {
            DocxDocuments.write(document, """
                    Sogn, Sogn region, Norway

                    Sogn for all

                    Introduction

                    The council works for seven municipalities.
                    """, true);
            XWPFFootnote note = document.createFootnote();
            note.createParagraph().createRun().setText("Sogn Regional Council, annual report 2021.");
            document.getParagraphs().getLast().addFootnoteReference(note);
            XWPFParagraph more = document.createParagraph();
            more.createRun().setText("The budget:");
            var table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Year");
            table.getRow(0).getCell(1).setText("NOK");
            table.getRow(1).getCell(0).setText("2021");
            table.getRow(1).getCell(1).setText("500 000");
            document.createParagraph().createRun().setText("Main challenge");
            document.createParagraph().createRun().setText("Language skills.");
            file = DocxDocuments.bytes(document);
        }

        PracticeTextImport.Parsed parsed = reader.parse(DocumentFiles.read("notes.docx", file).text());

        assertThat(parsed.content().section(PracticeSection.INTRODUCTION)).isEqualTo("""
                The council works for seven municipalities.

                The budget:

                Year | NOK

                2021 | 500 000

                Sogn Regional Council, annual report 2021.""");
        assertThat(parsed.content().section(PracticeSection.MAIN_CHALLENGE)).isEqualTo("Language skills.");
    }

    @Test
    void aTextDocumentStillGoesThroughTheSameReader() throws IOException {
        byte[] seed = seed().getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFiles.read("sogn.txt", seed).text()).isEqualTo(seed());
        assertThat(List.of(".docx", ".odt", ".pdf")).allMatch(DocumentFiles.EXTENSIONS::contains);
    }
}
