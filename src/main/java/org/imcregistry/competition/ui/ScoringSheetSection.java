package org.imcregistry.competition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.TableReader;
import org.imcregistry.competition.ScoringSheet;
import org.imcregistry.ui.SingleFileUpload;

/**
 * For jurors who prefer a spreadsheet: the scoring sheet to download, and the filled one to upload, with the report
 * of what was saved or refused read out where the upload is.
 */
class ScoringSheetSection extends Section {

    final Div report = new Div();
    private final ScoringSheet sheet;
    private final long editionId;
    private final Runnable saved;

    ScoringSheetSection(ScoringSheet sheet, long editionId, Runnable saved) {
        this.sheet = sheet;
        this.editionId = editionId;
        this.saved = saved;
        java.util.Locale locale = getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = sheet.download(editionId, locale);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "scoring-sheet-" + editionId + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), "");
        download.add(new Button(getTranslation("competition.sheet.download"), VaadinIcon.DOWNLOAD.create()));
        download.getElement().setAttribute("download", true);
        Upload upload = SingleFileUpload.of(this, TableReader.MAX_BYTES, (name, file) -> upload(file), ".xlsx");
        report.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("competition.sheet")), new Paragraph(getTranslation("competition.sheet.help")),
                download, upload, report);
    }

    void upload(byte[] file) {
        report.removeAll();
        try {
            int count = sheet.upload(editionId, "sheet.xlsx", file);
            report.add(new Paragraph(getTranslation("competition.sheet.saved", count)));
            saved.run();
        } catch (InvalidInputException invalid) {
            // the sheet's report lists every refused cell, beside the upload, so the juror can fix the sheet
            report.add(new Paragraph(getTranslation("competition.sheet.refused", invalid.problems().size())));
            UnorderedList problems = new UnorderedList();
            invalid.problems().forEach(p -> problems.add(new ListItem(p.field() + ": "
                    + getTranslation(p.messageKey(), p.argumentArray()))));
            report.add(problems);
        } catch (UserFacingException refusal) {
            // a sheet refused as a whole (not a workbook, judging over) is reported where the upload is, too
            report.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
        }
    }
}
