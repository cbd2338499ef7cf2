package org.imcregistry.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.practice.RecordPhotos;
import org.imcregistry.practice.TestImages;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The author adds a photo in the record editor with its text alternative and credit, is told clearly what is wrong
 * with a file, removes a photo only after confirming, and sees the lead photo on the record's page.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class RecordFilesViewsTest extends BrowserlessTestSupport {

    @Autowired
    Practices practices;
    @Autowired
    RecordPhotos photos;

    @Test
    @WithUserDetails("member")
    void theAuthorAddsDescribesAndRemovesAPhotoInTheEditor() {
        long id = practices.create(org.imcregistry.practice.PracticeFixture.content("Harbour cooperation",
                RecordLanguage.EN, "Two harbours, one office.", Set.of(), Set.of(), "NO", 2022));
        UI.getCurrent().navigate(PracticeEditorView.class, new RouteParameters("id", String.valueOf(id)));
        RecordFilesEditor files = Objects.requireNonNull(((PracticeEditorView) getCurrentView()).files);

        files.addPhoto("harbour.jpg", TestImages.jpeg(100, 80));
        assertThat(files.newAlternativeText.isInvalid()).as("the text alternative is required").isTrue();
        assertThat(lastNotification()).isEqualTo("Please correct 2 marked field(s).");

        files.newAlternativeText.setValue("The harbour office");
        files.newCredit.setValue("Kari Nordmann");
        files.addPhoto("notes.jpg", "just text".getBytes(StandardCharsets.UTF_8));
        assertThat(lastNotification()).isEqualTo("This file is not a JPEG, PNG or WebP photo.");
        assertThat(photos.of(id)).isEmpty();
        assertThat(files.newAlternativeText.getValue()).as("kept for the next try").isEqualTo("The harbour office");
        files.addPhoto("harbour.jpg", TestImages.jpeg(100, 80));
        assertThat(lastNotification()).isEqualTo("Photo added.");
        assertThat(photos.of(id)).hasSize(1);
        assertThat($(Image.class).all()).extracting(i -> i.getAlt().orElse("")).contains("The harbour office");

        test($(com.vaadin.flow.component.button.Button.class).withText("Remove photo").single()).click();
        test($(ConfirmDialog.class).last()).cancel();
        assertThat(photos.of(id)).as("nothing removed without confirmation").hasSize(1);
        test($(com.vaadin.flow.component.button.Button.class).withText("Remove photo").single()).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(photos.of(id)).isEmpty();
    }

    @Test
    @WithUserDetails("member")
    void theRecordPageLeadsWithTheFirstPhotoAndOffersTheWordDocument() {
        long id = practices.create(org.imcregistry.practice.PracticeFixture.content("Shared ferries",
                RecordLanguage.EN, "One timetable.", Set.of(), Set.of(), "NO", 2022));
        photos.add(id, "lead.png", TestImages.png(120, 80), "The ferry at the quay", "Ola");
        photos.add(id, "second.png", TestImages.png(120, 80), "The ticket office", "Kari");
        UI.getCurrent().navigate(PracticeView.class, new RouteParameters("id", String.valueOf(id)));

        assertThat($(Image.class).all()).extracting(i -> i.getAlt().orElse("")).containsSubsequence("The ferry at the quay",
                "The ticket office");
        assertThat($(Image.class).all().getFirst().getSrc()).endsWith("/display");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Download as Word", "Photos");
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }
}
