package org.imcregistry.practice.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.TableReader;
import org.imcregistry.practice.PracticeBulkImport;
import org.imcregistry.practice.PracticeImportPreview;
import org.imcregistry.security.Role;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ImportReportGrid;
import org.imcregistry.ui.SingleFileUpload;
import org.imcregistry.ui.ViewHeader;
import java.util.Objects;

/** Editors import many records from a spreadsheet: first a report of every row, then, once confirmed, the ready ones. */
@Route("practices/import")
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class PracticeBulkImportView extends Main implements HasDynamicTitle {

    private final PracticeBulkImport bulkImport;
    final Div report = new Div();
    final Checkbox publish = new Checkbox();
    @Nullable PracticeImportPreview preview;


    PracticeBulkImportView(PracticeBulkImport bulkImport) {
        this.bulkImport = bulkImport;
        Upload upload = SingleFileUpload.of(this, TableReader.MAX_BYTES, this::showPreview, ".xlsx", ".csv");
        publish.setLabel(getTranslation("practices.bulk-import.publish"));
        report.getElement().setAttribute("role", "status");
        add(new RouterLink(getTranslation("practices.mine"), MyPracticesView.class),
                new ViewHeader(getTranslation("practices.bulk-import"), getTranslation("practices.bulk-import.lead")),
                new Paragraph(getTranslation("import.columns", String.join(", ", PracticeBulkImport.COLUMNS))), upload,
                report);
        addClassName("form-view");
    }

    void showPreview(String fileName, byte[] content) {
        report.removeAll();
        PracticeImportPreview preview;
        try {
            preview = bulkImport.preview(fileName, content);
        } catch (UserFacingException refusal) {
            this.preview = null;
            report.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
            Notifications.refused(refusal);
            return;
        }
        this.preview = preview;
        var rows = new ImportReportGrid<>(preview.rows(), PracticeImportPreview.RowReport::line,
                PracticeImportPreview.RowReport::title, PracticeImportPreview.RowReport::isReady,
                PracticeImportPreview.RowReport::problems, this::reason);
        Button write = new Button(getTranslation("import.write", preview.readyCount()), e -> confirmWrite());
        write.addThemeVariants(ButtonVariant.PRIMARY);
        write.setEnabled(preview.readyCount() > 0);
        report.add(new Paragraph(getTranslation("import.summary", preview.rows().size(), preview.readyCount(),
                preview.refusedCount())), rows, publish, new HorizontalLayout(write));
    }

    private String reason(Problem problem) {
        return problem.field() + ": " + getTranslation(problem.messageKey(), problem.argumentArray());
    }

    private void confirmWrite() {
        PracticeImportPreview preview = Objects.requireNonNull(this.preview, "write is shown only with a preview");
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("import.confirm.title"),
                getTranslation("import.confirm.text", preview.readyCount(), preview.refusedCount()),
                getTranslation("import.write", preview.readyCount()), e -> write());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    void write() {
        int written = bulkImport.write(Objects.requireNonNull(preview, "write is shown only with a preview"),
                publish.getValue());
        report.removeAll();
        report.add(new Paragraph(getTranslation("practices.bulk-import.written", written)),
                new RouterLink(getTranslation("practices.mine"), MyPracticesView.class));
        preview = null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practices.bulk-import");
    }
}
