package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Photos and attachments through their services: stored in the database as the server re-encoded them, within their
 * limits, changed only by whoever may edit the record, seen only by whoever may read it, public only with the record.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class RecordFilesTest {

    @Autowired
    PracticeFixture people;
    @Autowired
    Practices practices;
    @Autowired
    RecordPhotos photos;
    @Autowired
    RecordAttachments attachments;
    @Autowired
    PracticeHolds holds;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    private long draft() {
        people.as("member");
        return practices.create(PracticeFixture.content("Shared school buses", RecordLanguage.EN, "Buses.", Set.of(),
                Set.of(), "NO", 2020));
    }

    @Test
    void aPhotoIsStoredWithoutItsMetadataAndSeenByThoseWhoMayReadTheRecord() {
        long id = draft();
        long photo = photos.add(id, "bus.jpg", TestImages.jpegWithExif(800, 600), " The yellow bus ", "Ola Nordmann");

        Map<String, Object> row = jdbc.queryForMap("select * from practice_photo where id = ?", photo);
        byte[] display = (byte[]) row.get("DISPLAY_BYTES");
        assertThat(TestImages.contains(display, "Exif")).isFalse();
        assertThat(TestImages.contains(display, TestImages.SERIAL)).isFalse();
        assertThat(TestImages.contains((byte[]) row.get("THUMBNAIL_BYTES"), TestImages.SERIAL)).isFalse();
        assertThat(row.get("DISPLAY_SHA256")).isEqualTo(RecordFileStore.sha256(display));
        assertThat(photos.of(id)).singleElement().satisfies(p -> {
            assertThat(p.alternativeText()).isEqualTo("The yellow bus");
            assertThat(p.credit()).isEqualTo("Ola Nordmann");
            assertThat(p.position()).isZero();
            assertThat(p.path(RecordPhoto.Size.THUMBNAIL)).isEqualTo("/practice-files/" + id + "/photos/" + photo
                    + "/thumbnail");
        });
        assertThat(practices.details(id).history()).anySatisfy(h -> assertThat(h.changed()).isEqualTo("photos"));

        people.anonymous();
        assertThatThrownBy(() -> photos.of(id)).isInstanceOf(UserFacingException.class);
        assertThat(photos.ofPublic(id)).as("a draft's photos are not public").isEmpty();
        people.as("coordinator");
        assertThatThrownBy(() -> photos.of(id)).as("another person's draft").isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> photos.add(id, "x.jpg", TestImages.jpeg(10, 10), "alt", "credit"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> photos.remove(photo)).isInstanceOf(UserFacingException.class);
        people.as("editor");
        assertThat(photos.of(id)).hasSize(1);
    }

    @Test
    void photosArePublicOnlyWhileTheRecordIsPublishedAndNotHeld() {
        long id = draft();
        photos.add(id, "bus.png", TestImages.png(40, 30), "A bus", "Kari");
        practices.submit(id);
        people.as("editor");
        practices.publish(id, null);
        people.anonymous();
        assertThat(photos.ofPublic(id)).hasSize(1);
        assertThat(photos.of(id)).hasSize(1);
        people.as("manager");
        holds.hold(id, "competition-edition-blind");
        people.anonymous();
        assertThat(photos.ofPublic(id)).as("held for a blind jury").isEmpty();
        assertThatThrownBy(() -> photos.of(id)).isInstanceOf(UserFacingException.class);
        assertThat(attachments.ofPublic(id)).isEmpty();
    }

    @Test
    void limitsAndMissingTextsAreRefusedAndNothingIsStored() throws Exception {
        long id = draft();
        assertThatThrownBy(() -> photos.add(id, "a.jpg", TestImages.jpeg(20, 20), " ", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("alternativeText", "credit"));
        assertThatThrownBy(() -> photos.add(id, "notes.jpg", "hello".getBytes(), "alt", "credit"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.photo.error.type"));
        byte[] small = TestImages.jpeg(20, 20);
        for (int i = 0; i < RecordPhotos.MAX_PHOTOS; i++) {
            photos.add(id, "p" + i + ".jpg", small, "Photo " + i, "Credit");
        }
        assertThatThrownBy(() -> photos.add(id, "eleven.jpg", small, "One too many", "Credit"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("practice.photo.error.too-many");
                    assertThat(e.arguments()).containsExactly(10);
                });
        assertThat(photos.of(id)).hasSize(10).extracting(RecordPhoto::position)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

        byte[] pdf = PdfFilesTest.pdf(2, false);
        for (int i = 0; i < RecordAttachments.MAX_ATTACHMENTS; i++) {
            attachments.add(id, "report-" + i + ".pdf", pdf, "Report " + i);
        }
        assertThatThrownBy(() -> attachments.add(id, "six.pdf", pdf, "One too many"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.attachment.error.too-many"));
        assertThat(attachments.of(id)).hasSize(5).first().satisfies(a -> {
            assertThat(a.pages()).isEqualTo(2);
            assertThat(a.sizeBytes()).isEqualTo(pdf.length);
        });
        assertThat(jdbc.queryForObject("select count(*) from practice_attachment where practice_id = ?",
                Integer.class, id)).isEqualTo(5);
    }

    @Test
    void theAuthorDescribesAndRemovesAPhotoAndAnAttachment() throws Exception {
        long id = draft();
        long photo = photos.add(id, "a.webp", TestImages.WEBP, "Old text", "Old credit");
        long file = attachments.add(id, "dir/../plan.pdf", PdfFilesTest.pdf(1, false), "The plan");
        photos.describe(photo, "A harbour at dawn", "Photo club");
        attachments.describe(file, "The plan, 2024");
        assertThat(photos.of(id)).singleElement().extracting(RecordPhoto::alternativeText)
                .isEqualTo("A harbour at dawn");
        assertThat(attachments.of(id)).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo("The plan, 2024");
            assertThat(a.fileName()).as("no path in a file name").isEqualTo("dir_.._plan.pdf");
        });
        photos.remove(photo);
        attachments.remove(file);
        assertThat(photos.of(id)).isEmpty();
        assertThat(attachments.of(id)).isEmpty();
    }
}
