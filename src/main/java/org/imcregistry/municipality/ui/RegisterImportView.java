package org.imcregistry.municipality.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.TableReader;
import org.imcregistry.municipality.ImportKind;
import org.imcregistry.municipality.ImportPreview;
import org.imcregistry.municipality.RegisterImport;
import org.imcregistry.security.Role;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ImportReportGrid;
import org.imcregistry.ui.SingleFileUpload;
import org.imcregistry.ui.ViewHeader;
import java.util.Objects;

/**
 * Imports municipalities or partnerships from .xlsx or .csv: first a report of every row, then, once the
 * admin confirms, the ready rows are written together — or none of them if anything fails.
 */
@Route("partnerships/import")
@RolesAllowed(Role.ADMIN_NAME)
public class RegisterImportView extends Main implements HasDynamicTitle {

    private final RegisterImport registerImport;
    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Upload upload;
    final Div report = new Div();
    private final Paragraph columns = new Paragraph();
    @Nullable ImportPreview preview;

    private record Uploaded(String fileName, byte[] content) {
    }

    RegisterImportView(RegisterImport registerImport) {
        this.registerImport = registerImport;
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.MUNICIPALITIES);
        kind.addValueChangeListener(e -> describeColumns());
        describeColumns();
        upload = SingleFileUpload.of(this, TableReader.MAX_BYTES, (name, content) ->
                showPreview(new Uploaded(name, content)), ".xlsx", ".csv");
        add(new ViewHeader(getTranslation("import.title"), getTranslation("import.lead")), kind, columns, upload,
                report);
        addClassName("form-view");
    }

    private void describeColumns() {
        columns.setText(getTranslation("import.columns", String.join(", ", kind.getValue().columns())));
    }

    void showPreview(String fileName, byte[] content) {
        showPreview(new Uploaded(fileName, content));
    }

    private void showPreview(Uploaded file) {
        report.removeAll();
        try {
            preview = registerImport.preview(kind.getValue(), file.fileName(), file.content());
        } catch (UserFacingException refusal) {
            preview = null;
            report.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
            Notifications.refused(refusal);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("import.summary", preview.rows().size(),
                preview.readyCount(), preview.refusedCount()));
        summary.getElement().setAttribute("role", "status");
        var rows = new ImportReportGrid<>(preview.rows(), ImportPreview.RowReport::line,
                ImportPreview.RowReport::label, ImportPreview.RowReport::isReady, ImportPreview.RowReport::problems,
                this::reason);
        Button write = new Button(getTranslation("import.write", preview.readyCount()), e -> confirmWrite());
        write.addThemeVariants(ButtonVariant.PRIMARY);
        write.setEnabled(preview.readyCount() > 0);
        Button discard = new Button(getTranslation("import.discard"), e -> {
            preview = null;
            report.removeAll();
        });
        report.add(summary, rows, new HorizontalLayout(write, discard));
    }

    /** Generic messages ("required", "too long") name the column they are about. */
    private String reason(org.imcregistry.common.Problem problem) {
        String text = getTranslation(problem.messageKey(), problem.argumentArray());
        return problem.messageKey().startsWith("validation.") ? problem.field() + ": " + text : text;
    }

    private void confirmWrite() {
        ImportPreview preview = Objects.requireNonNull(this.preview, "write is shown only with a preview");
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("import.confirm.title"),
                getTranslation("import.confirm.text", preview.readyCount(), preview.refusedCount()),
                getTranslation("import.write", preview.readyCount()), e -> write());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    void write() {
        try {
            int written = registerImport.write(Objects.requireNonNull(preview, "write is shown only with a preview"));
            report.removeAll();
            report.add(new Paragraph(getTranslation("import.written", written)),
                    new RouterLink(getTranslation("partnership.back"), PartnershipsView.class));
            Notifications.success(getTranslation("import.written", written));
            preview = null;
        } catch (org.springframework.dao.DataAccessException failure) {
            Notifications.error(getTranslation("import.error.write-failed"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
