package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A record as a Word document, read back with POI: the template's layout with headings styled for a table of
 * contents, the photos with their credits; and a booklet holding only the records the person may read.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class RecordDocumentsTest {

    @Autowired
    PracticeFixture people;
    @Autowired
    Practices practices;
    @Autowired
    RecordPhotos photos;
    @Autowired
    RecordDocuments documents;
    @Autowired
    PracticeHolds holds;

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    static PracticeContent sogn(String title) {
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        sections.put(PracticeSection.INTRODUCTION, "Sogn Regional Council is a cooperative organisation.\n\n"
                + "- business development\n- competence");
        sections.put(PracticeSection.MAIN_CHALLENGE, "A lack of language skills.");
        sections.put(PracticeSection.CONCLUDING_REMARKS, "We work through inter-municipal cooperation.");
        return new PracticeContent(title, "Sogn", "Sogn region", "NO", "Migration and Integration", RecordLanguage.EN,
                2019, 2021, null, "https://www.sogn.regionraad.no", "Karina Nerland\nkarina@example.org", null,
                "Shahnaz Amin Haaq", "October 2021", "istock.com/chokkiex", sections, Set.of(), Set.of(), Set.of());
    }

    @Test
    void aRecordBecomesADocumentInTheTemplatesLayout() throws Exception {
        people.as("member");
        long id = practices.create(sogn("Sogn for all"));
        photos.add(id, "lead.jpg", TestImages.jpegWithExif(1200, 800), "People at work", "Kari Nordmann");
        photos.add(id, "second.png", TestImages.png(300, 300), "A meeting", "Ola");

        byte[] docx = documents.record(id, Locale.ENGLISH);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.getFirst()).isEqualTo("Sogn, Sogn region, Norway");
            assertThat(paragraphs.get(1).getText()).isEqualTo("Sogn for all");
            assertThat(paragraphs.get(1).getStyle()).isEqualTo("Heading1");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(texts).contains("Keywords: Migration and Integration", "Introduction", "Main challenge",
                    "Concluding remarks", "Sogn Regional Council is a cooperative organisation.",
                    "• business development", "Website, contact and credits",
                    "Researcher / interviewer: Shahnaz Amin Haaq", "Photos / illustrations: istock.com/chokkiex",
                    "People at work — Photo: Kari Nordmann", "A meeting — Photo: Ola");
            assertThat(texts).containsSubsequence("Sogn for all", "People at work — Photo: Kari Nordmann",
                    "Introduction", "Main challenge", "Concluding remarks", "Website, contact and credits",
                    "A meeting — Photo: Ola");
            assertThat(paragraphs.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("Introduction", "Main challenge", "Concluding remarks",
                            "Website, contact and credits");
            assertThat(texts).doesNotContain("Timing").as("empty sections are left out");
            assertThat(texts.stream().filter(t -> t.contains("karina@example.org"))).singleElement().asString()
                    .contains("Karina Nerland\nkarina@example.org");
            assertThat(document.getAllPictures()).hasSize(2);
            assertThat(document.getAllPictures()).noneSatisfy(
                    p -> assertThat(TestImages.contains(p.getData(), TestImages.SERIAL)).isTrue());
        }
        people.as("coordinator");
        assertThatThrownBy(() -> documents.record(id, Locale.ENGLISH)).as("someone else's draft")
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void aBookletHoldsEveryReadableRecordWithATableOfContentsAndNothingElse() throws Exception {
        long first = people.published(sogn("First practice"));
        long second = people.published(sogn("Second practice"));
        long held = people.published(sogn("Held for the jury"));
        people.as("manager");
        holds.hold(held, "competition-edition-blind");
        people.as("member");
        long draft = practices.create(sogn("Someone's draft"));

        people.anonymous();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = documents.booklet(List.of(first, draft, held, second, 999_999L), new Locale("nb"), out);

        assertThat(written).isEqualTo(2);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.getFirst().getStyle()).isEqualTo("Title");
            assertThat(paragraphs.getFirst().getText()).isEqualTo("Gode praksiser: 2 beskrivelser");
            assertThat(paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("First practice", "Second practice");
            assertThat(paragraphs.stream().map(XWPFParagraph::getText)).contains("Innledning")
                    .noneMatch(t -> t.contains("Held for the jury") || t.contains("Someone's draft"));
            String xml = document.getDocument().xmlText();
            assertThat(xml).contains("TOC \\o \"1-1\"", "w:fldCharType=\"begin\"", "w:fldCharType=\"separate\"",
                    "w:fldCharType=\"end\"");
            assertThat(paragraphs.stream().filter(p -> "TOC1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("First practice", "Second practice");
            assertThat(document.getSettings().getCTSettings().xmlText()).contains("updateFields");
            assertThat(paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(p -> paragraphs.get(paragraphs.indexOf(p) - 1).isPageBreak())).containsOnly(true);
        }
    }
}
