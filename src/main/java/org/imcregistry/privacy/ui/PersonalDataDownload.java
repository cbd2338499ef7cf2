package org.imcregistry.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** A link that downloads a person's export as a JSON file, written when it is clicked. */
final class PersonalDataDownload {

    private PersonalDataDownload() {
    }

    static Anchor anchor(Supplier<String> json, String fileName, String label) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = json.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/json", bytes.length);
        }), label);
        download.getElement().setAttribute("download", true);
        download.addClassName("personal-data-download");
        return download;
    }
}
