package org.imcregistry.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * The upload widget as every import here uses it: one file, kept in memory up to a size limit, of the given
 * types, texts in the user's language, a clear message for a refused file, and the file handed over once
 * the upload has finished (on the UI thread, so the view may update itself).
 */
public final class SingleFileUpload {

    private SingleFileUpload() {
    }

    public static Upload of(Component owner, int maxBytes, BiConsumer<String, byte[]> received,
            String... acceptedTypes) {
        AtomicReference<Object @Nullable []> file = new AtomicReference<>();
        // The size limit set on the widget is checked by the browser only; a hand-made request could send
        // gigabytes. Read at most one byte more than allowed, and refuse the file if it has more.
        UploadHandler boundedInMemory = event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = readAtMost(in, maxBytes);
            }
            if (data == null) {
                event.reject(owner.getTranslation("upload.error.too-big"));
                return;
            }
            file.set(new Object[] {event.getFileName(), data});
        };
        Upload upload = new Upload(boundedInMemory);
        upload.setI18n(UploadTexts.of(owner::getTranslation));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(acceptedTypes);
        String types = String.join(", ", java.util.Arrays.stream(acceptedTypes).filter(t -> t.startsWith(".")).toList());
        upload.addFileRejectedListener(e -> Notifications.error(owner.getTranslation("upload.error.rejected",
                Math.max(1, maxBytes / (1024 * 1024)), types)));
        upload.addAllFinishedListener(e -> {
            Object @Nullable [] done = file.getAndSet(null);
            upload.clearFileList();
            if (done != null) {
                received.accept((String) done[0], (byte[]) done[1]);
            }
        });
        return upload;
    }

    /** The whole stream if it has at most {@code maxBytes}; otherwise null, having read only one byte too many. */
    static byte @Nullable [] readAtMost(InputStream in, int maxBytes) throws java.io.IOException {
        byte[] data = in.readNBytes(maxBytes + 1);
        return data.length > maxBytes ? null : data;
    }
}
