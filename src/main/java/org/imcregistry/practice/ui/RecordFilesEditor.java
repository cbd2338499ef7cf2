package org.imcregistry.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.Consumer;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.practice.RecordAttachment;
import org.imcregistry.practice.RecordAttachments;
import org.imcregistry.practice.RecordPhoto;
import org.imcregistry.practice.RecordPhotos;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.SingleFileUpload;

/**
 * The record editor's photos and attachments: each photo with its thumbnail, text alternative and credit to correct
 * or remove (after a confirmation), each attachment likewise, and an upload for a new one with its texts typed first.
 * Every change is saved at once, on its own: an upload is not part of the record's text and its version.
 */
final class RecordFilesEditor extends Section {

    private final long practiceId;
    private final RecordPhotos photos;
    private final RecordAttachments attachments;
    final Div photoList = new Div();
    final Div attachmentList = new Div();
    final TextField newAlternativeText = new TextField();
    final TextField newCredit = new TextField();
    final TextField newDescription = new TextField();

    RecordFilesEditor(long practiceId, RecordPhotos photos, RecordAttachments attachments) {
        this.practiceId = practiceId;
        this.photos = photos;
        this.attachments = attachments;
        addClassName("record-files-editor");
        newAlternativeText.setLabel(getTranslation("practice.photo.alternative-text"));
        newAlternativeText.setHelperText(getTranslation("practice.photo.alternative-text.help"));
        newAlternativeText.setMaxLength(500);
        newAlternativeText.setRequiredIndicatorVisible(true);
        newCredit.setLabel(getTranslation("practice.photo.credit-field"));
        newCredit.setMaxLength(300);
        newCredit.setRequiredIndicatorVisible(true);
        Upload photoUpload = SingleFileUpload.of(this, RecordPhotos.MAX_BYTES, this::addPhoto, "image/jpeg",
                "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        newDescription.setLabel(getTranslation("practice.attachment.description"));
        newDescription.setMaxLength(500);
        newDescription.setRequiredIndicatorVisible(true);
        Upload pdfUpload = SingleFileUpload.of(this, RecordAttachments.MAX_BYTES, this::addAttachment,
                "application/pdf", ".pdf");
        photoList.addClassName("photo-list");
        add(new H2(getTranslation("practice.photos")),
                new Paragraph(getTranslation("practice.photos.help", RecordPhotos.MAX_PHOTOS,
                        RecordPhotos.MAX_BYTES / (1024 * 1024))), photoList,
                new HorizontalLayout(newAlternativeText, newCredit), photoUpload,
                new H2(getTranslation("practice.attachments")),
                new Paragraph(getTranslation("practice.attachments.help", RecordAttachments.MAX_ATTACHMENTS,
                        RecordAttachments.MAX_BYTES / (1024 * 1024))), attachmentList, newDescription, pdfUpload);
        refresh();
    }

    void addPhoto(String fileName, byte[] bytes) {
        if (attempt(() -> photos.add(practiceId, fileName, bytes, newAlternativeText.getValue(),
                newCredit.getValue()), this::markNewPhoto)) {
            newAlternativeText.clear();
            newCredit.clear();
            Notifications.success(getTranslation("practice.photo.added"));
        }
    }

    void addAttachment(String fileName, byte[] bytes) {
        if (attempt(() -> attachments.add(practiceId, fileName, bytes, newDescription.getValue()), invalid -> {
            newDescription.setErrorMessage(getTranslation("validation.required"));
            newDescription.setInvalid(true);
        })) {
            newDescription.clear();
            Notifications.success(getTranslation("practice.attachment.added"));
        }
    }

    private void markNewPhoto(InvalidInputException invalid) {
        invalid.problems().forEach(problem -> {
            TextField field = problem.field().equals("credit") ? newCredit : newAlternativeText;
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.argumentArray()));
            field.setInvalid(true);
        });
    }

    /** Runs a change; a refusal is shown in the person's language and the lists stay as they were. */
    private boolean attempt(Runnable change, Consumer<InvalidInputException> invalidFields) {
        newAlternativeText.setInvalid(false);
        newCredit.setInvalid(false);
        newDescription.setInvalid(false);
        try {
            change.run();
        } catch (InvalidInputException invalid) {
            invalidFields.accept(invalid);
            Notifications.error(getTranslation("validation.fix-fields", invalid.problems().size()));
            return false;
        } catch (UserFacingException refusal) {
            Notifications.refused(refusal);
            return false;
        }
        refresh();
        return true;
    }

    void refresh() {
        photoList.removeAll();
        for (RecordPhoto photo : photos.of(practiceId)) {
            photoList.add(photoRow(photo));
        }
        attachmentList.removeAll();
        for (RecordAttachment attachment : attachments.of(practiceId)) {
            attachmentList.add(attachmentRow(attachment));
        }
    }

    private Div photoRow(RecordPhoto photo) {
        Image thumbnail = new Image(photo.path(RecordPhoto.Size.THUMBNAIL).substring(1), photo.alternativeText());
        thumbnail.setMaxWidth("10rem");
        TextField alternative = new TextField(getTranslation("practice.photo.alternative-text"),
                photo.alternativeText(), "");
        alternative.setMaxLength(500);
        TextField credit = new TextField(getTranslation("practice.photo.credit-field"), photo.credit(), "");
        credit.setMaxLength(300);
        Button save = new Button(getTranslation("common.save"), e -> attempt(() -> photos.describe(photo.id(),
                alternative.getValue(), credit.getValue()), invalid -> invalid.problems().forEach(problem -> {
                    TextField field = problem.field().equals("credit") ? credit : alternative;
                    field.setErrorMessage(getTranslation(problem.messageKey(), problem.argumentArray()));
                    field.setInvalid(true);
                })));
        Button remove = new Button(getTranslation("practice.photo.remove"), e -> confirm(
                getTranslation("practice.photo.remove.confirm", photo.alternativeText()),
                () -> attempt(() -> photos.remove(photo.id()), invalid -> { })));
        remove.addThemeVariants(ButtonVariant.ERROR);
        Div row = new Div(thumbnail, new HorizontalLayout(alternative, credit), new HorizontalLayout(save, remove));
        row.addClassName("photo-row");
        return row;
    }

    private Div attachmentRow(RecordAttachment attachment) {
        TextField description = new TextField(getTranslation("practice.attachment.description"),
                attachment.description(), "");
        description.setMaxLength(500);
        Button save = new Button(getTranslation("common.save"), e -> attempt(() -> attachments.describe(
                attachment.id(), description.getValue()), invalid -> {
                    description.setErrorMessage(getTranslation("validation.required"));
                    description.setInvalid(true);
                }));
        Button remove = new Button(getTranslation("practice.attachment.remove"), e -> confirm(
                getTranslation("practice.attachment.remove.confirm", attachment.fileName()),
                () -> attempt(() -> attachments.remove(attachment.id()), invalid -> { })));
        remove.addThemeVariants(ButtonVariant.ERROR);
        Div row = new Div(new Paragraph(attachment.fileName() + " — " + getTranslation("practice.attachment.size",
                attachment.pages(), Math.max(1, attachment.sizeBytes() / 1024))), description,
                new HorizontalLayout(save, remove));
        row.addClassName("attachment-row");
        return row;
    }

    private void confirm(String text, Runnable removal) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("practice.remove.confirm.title"), text,
                getTranslation("practice.remove.confirm.yes"), e -> removal.run());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }
}
