package org.imcregistry.assessment.ui;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import org.imcregistry.assessment.RespondentGroup;
import org.imcregistry.assessment.RespondentImportReport;
import org.imcregistry.assessment.RoundRespondents;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.TableReader;
import org.imcregistry.municipality.MunicipalitySummary;
import org.imcregistry.ui.ImportReportGrid;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.SingleFileUpload;

/**
 * Many respondents at once, as with the register import: paste a list or upload a file, read the row-by-row report
 * (bad addresses, duplicates, unknown municipalities), then confirm; only ready rows are added and mailed.
 */
class RespondentImportDialog extends Dialog {

    final TextArea pasted = new TextArea();
    final Select<MunicipalitySummary> municipality = new Select<>();
    final Select<RespondentGroup> group = new Select<>();
    final Select<Locale> language = new Select<>();
    final Button check = new Button();
    final Button confirm = new Button();
    private final Div report = new Div();
    private final RoundRespondents respondents;
    private final long roundId;
    private @Nullable RespondentImportReport checked;

    RespondentImportDialog(RoundRespondents respondents, long roundId, List<MunicipalitySummary> municipalities,
            Runnable added) {
        this.respondents = respondents;
        this.roundId = roundId;
        setHeaderTitle(getTranslation("respondents.import.title"));
        setWidth("min(60rem, 95vw)");
        pasted.setLabel(getTranslation("respondents.import.paste"));
        pasted.setHelperText(getTranslation("respondents.import.paste-help"));
        pasted.setWidthFull();
        pasted.setMaxLength(200_000);
        pasted.setMinHeight("8em");
        Upload upload = SingleFileUpload.of(this, TableReader.MAX_BYTES, (name, bytes) -> preview(name, bytes, null),
                ".xlsx", ".csv");
        FormLayout defaults = new FormLayout();
        AddRespondentForm.configure(this, municipality, group, language, municipalities);
        defaults.add(municipality, group, language);
        check.setText(getTranslation("respondents.import.check"));
        check.addClickListener(e -> preview(null, null, pasted.getValue()));
        confirm.setText(getTranslation("respondents.import.confirm", 0));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            int count = respondents.addAll(roundId, Objects.requireNonNull(checked, "confirm is enabled only after a check").ready());
            Notifications.success(getTranslation("respondents.import.done", count));
            added.run();
            close();
        });
        add(new Paragraph(getTranslation("respondents.import.lead")), pasted, check,
                new Paragraph(getTranslation("respondents.import.file-help")), upload,
                new Paragraph(getTranslation("respondents.import.defaults")), defaults, report);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }

    private void preview(@Nullable String fileName, byte @Nullable [] file, @Nullable String text) {
        report.removeAll();
        confirm.setEnabled(false);
        try {
            checked = respondents.preview(roundId, fileName, file, text,
                    municipality.getValue() == null ? null : municipality.getValue().id(), group.getValue(),
                    language.getValue());
        } catch (UserFacingException refusal) {
            report.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
            return;
        }
        int ready = checked.ready().size();
        report.add(new Paragraph(getTranslation("respondents.import.summary", ready, checked.refusedCount())),
                new ImportReportGrid<>(checked.rows(), RespondentImportReport.Row::line,
                        RespondentImportReport.Row::label, RespondentImportReport.Row::isReady,
                        RespondentImportReport.Row::problems,
                        p -> getTranslation(p.messageKey(), p.argumentArray())));
        confirm.setText(getTranslation("respondents.import.confirm", ready));
        confirm.setEnabled(ready > 0);
    }
}
