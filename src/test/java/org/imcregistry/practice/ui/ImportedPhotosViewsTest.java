package org.imcregistry.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import java.util.Comparator;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.DocumentImportTestAccess;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.PracticeRow;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordPhotos;
import org.imcregistry.practice.TestImages;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The image of an imported Word document is offered in the import report as the draft's photo: Keep stores it with
 * its text alternative and credit (refused, nothing stored, while a text is missing or the draft has ten photos), Drop
 * stores nothing.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class ImportedPhotosViewsTest extends BrowserlessTestSupport {

    @Autowired
    Practices practices;
    @Autowired
    RecordPhotos photos;

    @Test
    @WithUserDetails("member")
    void aKeptImageBecomesTheDraftsPhotoWithItsTexts() throws Exception {
        MyPracticesView view = navigate(MyPracticesView.class);
        view.importDocument("sogn.docx", DocumentImportTestAccess.seedDocx());
        long draft = newestDraft();
        ImportedPhotoOffer offer = $(ImportedPhotoOffer.class).single();
        ImportedPhotoOffer.Offered image = offer.offered.getFirst();
        assertThat($(Image.class).all()).extracting(i -> i.getAlt().orElse(""))
                .contains("Image 1 from the document (image1.png)");
        assertThat(photos.of(draft)).as("nothing stored before Keep").isEmpty();

        image.credit.setValue("Sogn Regional Council");
        test(image.keep).click();
        assertThat(image.alternativeText.isInvalid()).as("the text alternative is required").isTrue();
        assertThat(photos.of(draft)).isEmpty();

        image.alternativeText.setValue("Council members at the harbour");
        test(image.keep).click();
        assertThat(lastNotification()).isEqualTo("Photo added.");
        assertThat(photos.of(draft)).singleElement().satisfies(photo -> {
            assertThat(photo.alternativeText()).isEqualTo("Council members at the harbour");
            assertThat(photo.credit()).isEqualTo("Sogn Regional Council");
        });
        assertThat(offer.offered).isEmpty();
        assertThat(view.importReport.getElement().getTextRecursively())
                .contains("Kept as a photo of the record: Council members at the harbour");
    }

    @Test
    @WithUserDetails("member")
    void aDroppedImageIsNotStoredAndAFullDraftRefusesAnother() throws Exception {
        MyPracticesView view = navigate(MyPracticesView.class);
        view.importDocument("sogn.docx", DocumentImportTestAccess.seedDocx());
        long draft = newestDraft();
        test($(Button.class).withText("Drop").single()).click();
        assertThat(photos.of(draft)).isEmpty();
        assertThat(view.importReport.getElement().getTextRecursively()).contains("Image 1 dropped: it was not stored.");
        assertThat($(ImportedPhotoOffer.class).single().offered).isEmpty();

        view.importDocument("sogn.docx", DocumentImportTestAccess.seedDocx());
        long full = newestDraft();
        for (int i = 0; i < RecordPhotos.MAX_PHOTOS; i++) {
            photos.add(full, "p" + i + ".png", TestImages.png(40, 40), "Photo " + i, "Ola");
        }
        ImportedPhotoOffer.Offered image = $(ImportedPhotoOffer.class).single().offered.getFirst();
        image.alternativeText.setValue("One too many");
        image.credit.setValue("Kari");
        test(image.keep).click();
        assertThat(lastNotification()).isEqualTo("A record can have at most 10 photos. Remove one first.");
        assertThat(image.refusal.getText()).isEqualTo("A record can have at most 10 photos. Remove one first.");
        assertThat(photos.of(full)).hasSize(RecordPhotos.MAX_PHOTOS);
        assertThat($(ImportedPhotoOffer.class).single().offered).as("still offered, as it was").hasSize(1);
    }

    private long newestDraft() {
        return practices.mine().stream().max(Comparator.comparingLong(PracticeRow::id)).orElseThrow().id();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }
}
