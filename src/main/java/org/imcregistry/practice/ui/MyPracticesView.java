package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.practice.ImportedDocument;
import org.imcregistry.practice.PracticeDocumentImport;
import org.imcregistry.practice.PracticeRow;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordPhotos;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.SingleFileUpload;
import org.imcregistry.ui.UserZone;
import org.imcregistry.ui.ViewHeader;

/** A contributor's own records and the import of a documented practice; for editors, what waits for review. */
@Route("practices/mine")
@PermitAll
public class MyPracticesView extends Main implements HasDynamicTitle {

    private final PracticeDocumentImport documents;
    private final RecordPhotos photos;
    final Div importReport = new Div();

    MyPracticesView(Practices practices, PracticeDocumentImport documents, RecordPhotos photos,
            CurrentUser currentUser) {
        this.documents = documents;
        this.photos = photos;
        add(new RouterLink(getTranslation("practice.back"), PracticesView.class),
                new ViewHeader(getTranslation("practices.mine"), getTranslation("practices.mine.lead")));
        HorizontalLayout toolbar = new HorizontalLayout(new RouterLink(getTranslation("practice.new"),
                PracticeEditorView.class));
        if (currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.ADMIN)) {
            toolbar.add(new RouterLink(getTranslation("practices.bulk-import"), PracticeBulkImportView.class));
        }
        toolbar.addClassName("toolbar");
        add(toolbar);
        if (currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.ADMIN)) {
            add(new H2(getTranslation("practices.queue")));
            add(list(practices.moderationQueue(), "practices.queue.empty"));
        }
        add(new H2(getTranslation("practices.mine.records")));
        add(list(practices.mine(), "practices.mine.empty"));
        add(new H2(getTranslation("practices.import-text")), new Paragraph(getTranslation(
                "practices.import-document.help", PracticeDocumentImport.MAX_BYTES / (1024 * 1024),
                PracticeDocumentImport.MAX_PAGES)), upload(), importReport);
        importReport.getElement().setAttribute("role", "status");
        addClassName("list-view");
    }

    private Component list(List<PracticeRow> rows, String emptyKey) {
        if (rows.isEmpty()) {
            return new Paragraph(getTranslation(emptyKey));
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(UserZone.current());
        Grid<PracticeRow> grid = new Grid<>();
        grid.addComponentColumn(r -> new RouterLink(r.title(), PracticeView.class,
                new RouteParameters("id", String.valueOf(r.id())))).setHeader(getTranslation("practice.field.title"))
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation("practice.status." + r.status().name()))
                .setHeader(getTranslation("practice.status")).setAutoWidth(true);
        grid.addColumn(PracticeRow::authorName).setHeader(getTranslation("practice.author")).setAutoWidth(true);
        grid.addColumn(r -> format.format(r.updatedAt())).setHeader(getTranslation("practice.updated"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.editorComment() == null ? "" : r.editorComment())
                .setHeader(getTranslation("practice.editor-comment")).setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The widget refuses a file over the limit before sending it; the server checks again, by kind. */
    private Upload upload() {
        List<String> types = new java.util.ArrayList<>(PracticeDocumentImport.EXTENSIONS);
        types.addAll(List.of("text/plain", "application/pdf", "application/vnd.oasis.opendocument.text",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        return SingleFileUpload.of(this, PracticeDocumentImport.MAX_BYTES, this::importDocument,
                types.toArray(String[]::new));
    }

    void importDocument(String fileName, byte[] content) {
        importReport.removeAll();
        try {
            ImportedDocument imported = documents.importDocument(fileName, content);
            report(imported);
            Notifications.success(getTranslation("practices.import-document.done", imported.drafts().size()));
        } catch (org.imcregistry.common.InvalidInputException invalid) {
            importReport.add(new Paragraph(getTranslation("practices.import-text.refused")));
            UnorderedList problems = new UnorderedList();
            invalid.problems().forEach(p -> problems.add(new ListItem(getTranslation(p.messageKey(), p.argumentArray()))));
            importReport.add(problems);
            Notifications.refused(invalid);
        } catch (UserFacingException refusal) {
            importReport.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
            Notifications.refused(refusal);
        }
    }

    /** One report for the document: how many drafts and images, then each draft with its notes and its link. */
    private void report(ImportedDocument imported) {
        if (imported.drafts().size() > 1) {
            importReport.add(new Paragraph(getTranslation("practices.import-document.done", imported.drafts().size())));
        }
        if (imported.imageCount() > 0) {
            importReport.add(new Paragraph(getTranslation("practices.import-document.images", imported.imageCount())));
        }
        for (ImportedDocument.Draft draft : imported.drafts()) {
            Div one = new Div();
            one.addClassName("import-draft");
            if (imported.drafts().size() > 1) {
                one.add(new H3(draft.title() == null ? getTranslation("practices.import-document.untitled")
                        : draft.title()));
            }
            one.add(new Paragraph(getTranslation("practices.import-text.done", draft.notes().size())));
            UnorderedList notes = new UnorderedList();
            for (Problem note : draft.notes()) {
                notes.add(new ListItem(getTranslation(note.messageKey(), note.argumentArray())));
            }
            one.add(notes);
            if (!draft.images().isEmpty()) {
                one.add(new ImportedPhotoOffer(draft.id(), draft.images(), photos));
            }
            one.add(new RouterLink(getTranslation("practices.import-text.open"), PracticeEditorView.class,
                    new RouteParameters("id", String.valueOf(draft.id()))));
            importReport.add(one);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practices.mine");
    }
}
