package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.imcregistry.practice.RecordAttachment;
import org.imcregistry.practice.RecordPhoto;

/**
 * A record's photos and attachments on its page: the first photo large, as the lead image, the others as thumbnails
 * that open the display size, each with its credit; the attachments as a list of downloads.
 */
final class RecordMedia {

    private RecordMedia() {
    }

    /** The lead photo with its credit, or nothing when the record has none. */
    static List<Component> lead(List<RecordPhoto> photos) {
        if (photos.isEmpty()) {
            return List.of();
        }
        return List.of(figure(photos.getFirst(), RecordPhoto.Size.DISPLAY, "lead-photo"));
    }

    static List<Component> gallery(List<RecordPhoto> photos, List<RecordAttachment> attachments,
            java.util.function.Function<String, String> texts) {
        java.util.ArrayList<Component> parts = new java.util.ArrayList<>();
        if (photos.size() > 1) {
            Div gallery = new Div();
            gallery.addClassName("photo-gallery");
            photos.subList(1, photos.size()).forEach(p -> {
                Figure figure = figure(p, RecordPhoto.Size.THUMBNAIL, "photo");
                Anchor open = new Anchor(relative(p.path(RecordPhoto.Size.DISPLAY)));
                open.add(figure);
                gallery.add(open);
            });
            parts.add(new Section(new H2(texts.apply("practice.photos")), gallery));
        }
        if (!attachments.isEmpty()) {
            UnorderedList list = new UnorderedList();
            attachments.forEach(a -> {
                Anchor download = new Anchor(relative(a.path()), a.description());
                download.getElement().setAttribute("download", a.fileName());
                list.add(new ListItem(download, new Span(" — " + a.fileName())));
            });
            Section section = new Section(new H2(texts.apply("practice.attachments")), list);
            section.addClassName("attachments");
            parts.add(section);
        }
        return parts;
    }

    private static Figure figure(RecordPhoto photo, RecordPhoto.Size size, String className) {
        Image image = new Image(relative(photo.path(size)), photo.alternativeText());
        image.getStyle().set("max-width", "100%");
        Figure figure = new Figure();
        figure.addClassName(className);
        Caption caption = new Caption();
        caption.setText(photo.credit());
        figure.add(image, caption);
        return figure;
    }

    /** Relative to the app's base, so that the browser sends its session along, as for every page of the app. */
    private static String relative(String path) {
        return path.substring(1);
    }

    @Tag("figure")
    static final class Figure extends HtmlContainer {
    }

    @Tag("figcaption")
    static final class Caption extends HtmlContainer {
    }
}
