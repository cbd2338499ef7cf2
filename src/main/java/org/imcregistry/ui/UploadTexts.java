package org.imcregistry.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.Function;

/** Vaadin's upload widget speaks English by itself; this gives it the user's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Function<String, String> texts) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.apply("upload.add-file"))
                .setMany(texts.apply("upload.add-file")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.apply("upload.drop-file"))
                .setMany(texts.apply("upload.drop-file")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(texts.apply("upload.error.too-big"))
                .setIncorrectFileType(texts.apply("upload.error.type")).setTooManyFiles(texts.apply("upload.error.one-file")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(texts.apply("upload.status.connecting"))
                        .setProcessing(texts.apply("upload.status.processing"))
                        .setHeld(texts.apply("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(texts.apply("upload.remaining"))
                        .setUnknown(texts.apply("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(texts.apply("upload.error.server"))
                        .setUnexpectedServerError(texts.apply("upload.error.server"))
                        .setForbidden(texts.apply("upload.error.server"))));
        i18n.setFile(new UploadI18N.File().setRetry(texts.apply("upload.retry")).setStart(texts.apply("upload.start"))
                .setRemove(texts.apply("upload.remove")));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }

}
