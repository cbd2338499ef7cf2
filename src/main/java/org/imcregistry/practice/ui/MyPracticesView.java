package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import org.imcregistry.practice.PracticeRow;
import org.imcregistry.practice.Practices;
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

    private final Practices practices;
    final Div importReport = new Div();


    MyPracticesView(Practices practices, CurrentUser currentUser) {
        this.practices = practices;
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
        add(new H2(getTranslation("practices.import-text")), new Paragraph(getTranslation("practices.import-text.help")),
                upload(), importReport);
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

    private Upload upload() {
        Upload upload = SingleFileUpload.of(this, Practices.MAX_TEXT_BYTES, this::importText, ".txt", ".md",
                "text/plain");
        return upload;
    }

    void importText(String fileName, byte[] content) {
        importReport.removeAll();
        try {
            Practices.ImportedRecord imported = practices.importText(fileName, content);
            importReport.add(new Paragraph(getTranslation("practices.import-text.done", imported.notes().size())));
            UnorderedList notes = new UnorderedList();
            for (Problem note : imported.notes()) {
                notes.add(new ListItem(getTranslation(note.messageKey(), note.argumentArray())));
            }
            importReport.add(notes, new RouterLink(getTranslation("practices.import-text.open"),
                    PracticeEditorView.class, new RouteParameters("id", String.valueOf(imported.id()))));
            Notifications.success(getTranslation("practices.import-text.done", imported.notes().size()));
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

    @Override
    public String getPageTitle() {
        return getTranslation("practices.mine");
    }
}
