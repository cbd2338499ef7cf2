package org.imcregistry.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.practice.ImportedImage;
import org.imcregistry.practice.RecordPhotos;
import org.imcregistry.ui.Notifications;

/**
 * The images found in an imported document, offered as one draft's photos: each shown with a text alternative and a
 * credit to type (both required, as for any photo) and Keep / Drop. Nothing is stored until Keep; a kept image goes
 * through {@link RecordPhotos#add}, which checks, scales and strips it like an uploaded photo, and its refusal (too
 * many photos, not a real image, a missing text) is shown in the person's language with the offer left as it was.
 */
final class ImportedPhotoOffer extends Div {

    private final long draftId;
    private final RecordPhotos photos;
    final List<Offered> offered = new ArrayList<>();

    ImportedPhotoOffer(long draftId, List<ImportedImage> images, RecordPhotos photos) {
        this.draftId = draftId;
        this.photos = photos;
        addClassName("imported-photos");
        add(new Paragraph(getTranslation("practices.import-photo.offer")));
        for (int i = 0; i < images.size(); i++) {
            Offered one = new Offered(images.get(i), i + 1);
            offered.add(one);
            add(one);
        }
    }

    /** Keeps the image as the draft's photo with the typed texts; true when it was stored. */
    boolean keep(Offered one) {
        one.alternativeText.setInvalid(false);
        one.credit.setInvalid(false);
        one.refusal.setText("");
        try {
            photos.add(draftId, one.image.fileName(), one.image.bytes(), one.alternativeText.getValue(),
                    one.credit.getValue());
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> {
                TextField field = problem.field().equals("credit") ? one.credit : one.alternativeText;
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.argumentArray()));
                field.setInvalid(true);
            });
            Notifications.error(getTranslation("validation.fix-fields", invalid.problems().size()));
            return false;
        } catch (UserFacingException refusal) {
            one.refusal.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
            Notifications.refused(refusal);
            return false;
        }
        settle(one, getTranslation("practices.import-photo.kept", one.alternativeText.getValue().strip()));
        Notifications.success(getTranslation("practice.photo.added"));
        return true;
    }

    /** Drops the image from the offer; nothing was stored for it, so nothing is removed. */
    void drop(Offered one) {
        settle(one, getTranslation("practices.import-photo.dropped", one.number));
    }

    /**
     * Replaces the image's row by a line saying what became of it (announced, as the report is a status region), and
     * moves the keyboard focus to the next image still offered (or to that line), so nobody has to find their way back.
     */
    private void settle(Offered one, String outcome) {
        int index = indexOf(one);
        offered.remove(one);
        Paragraph line = new Paragraph(outcome);
        line.addClassName("imported-photo-outcome");
        replace(one, line);
        offered.stream().filter(o -> indexOf(o) > index).findFirst().or(() -> offered.stream().findFirst())
                .ifPresentOrElse(next -> next.alternativeText.focus(), () -> {
                    // the last image decided: the focus stays here rather than falling back to the page's top
                    line.getElement().setAttribute("tabindex", "-1");
                    line.getElement().callJsFunction("focus");
                });
    }

    /** One offered image: its thumbnail (from the document's bytes, not stored anywhere), its texts, its buttons. */
    final class Offered extends Div {
        final ImportedImage image;
        final int number;
        final TextField alternativeText = new TextField();
        final TextField credit = new TextField();
        final Paragraph refusal = new Paragraph();
        final Button keep = new Button();
        final Button drop = new Button();

        Offered(ImportedImage image, int number) {
            this.image = image;
            this.number = number;
            addClassName("imported-photo");
            String label = getTranslation("practices.import-photo.image", number, image.fileName());
            getElement().setAttribute("role", "group");
            getElement().setAttribute("aria-label", label);
            Image thumbnail = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(image.bytes()), image.fileName(), image.contentType(),
                    image.bytes().length)).inline(), label);
            thumbnail.setMaxWidth("10rem");
            thumbnail.setMaxHeight("10rem");
            alternativeText.setLabel(getTranslation("practice.photo.alternative-text"));
            alternativeText.setHelperText(getTranslation("practice.photo.alternative-text.help"));
            alternativeText.setMaxLength(500);
            alternativeText.setRequiredIndicatorVisible(true);
            credit.setLabel(getTranslation("practice.photo.credit-field"));
            credit.setMaxLength(300);
            credit.setRequiredIndicatorVisible(true);
            keep.setText(getTranslation("practices.import-photo.keep"));
            keep.addThemeVariants(ButtonVariant.PRIMARY);
            keep.addClickListener(e -> keep(this));
            drop.setText(getTranslation("practices.import-photo.drop"));
            drop.addClickListener(e -> drop(this));
            refusal.getElement().setAttribute("role", "alert");
            refusal.addClassName("error-text");
            add(thumbnail, new HorizontalLayout(alternativeText, credit), refusal, new HorizontalLayout(keep, drop));
        }
    }
}
