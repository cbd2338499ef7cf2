package org.imcregistry.competition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.TableReader;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.EntryForJuror;
import org.imcregistry.competition.Judging;
import org.imcregistry.competition.Jury;
import org.imcregistry.competition.ScoringSheet;
import org.imcregistry.competition.Stage;
import org.imcregistry.security.Role;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.SingleFileUpload;
import org.imcregistry.ui.ViewHeader;
import org.springframework.security.access.AccessDeniedException;

/**
 * A juror's queue: their entries with progress, and for the chosen one the practice and a score with a comment
 * per criterion, each saved as it is given. In a blind edition nothing here names the applicant.
 */
@Route("competitions/:id/judge")
@RolesAllowed(Role.JUROR_NAME)
public class JudgeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Editions editions;
    private final Judging judging;
    private final Jury jury;
    private final ScoringSheet sheet;
    final Div scoring = new Div();
    final Div sheetReport = new Div();
    Grid<Judging.QueueItem> queue;
    private Edition edition;
    private long id;
    private String title = "";

    JudgeView(Editions editions, Judging judging, Jury jury, ScoringSheet sheet) {
        this.editions = editions;
        this.judging = judging;
        this.jury = jury;
        this.sheet = sheet;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(null);
        } catch (NumberFormatException | UserFacingException | AccessDeniedException e) {
            removeAll();
            title = getTranslation("competition.not-found");
            add(new EmptyState(VaadinIcon.TROPHY, title, getTranslation("competition.not-found.text")),
                    new RouterLink(getTranslation("competition.back"), CompetitionsView.class));
        }
    }

    private void show(Long selected) {
        removeAll();
        edition = editions.get(id);
        title = edition.name();
        add(new RouterLink(getTranslation("competition.back"), CompetitionsView.class),
                new ViewHeader(getTranslation("competition.judge.title", edition.name()),
                        getTranslation("competition.judge.lead", edition.scaleMin(), edition.scaleMax())));
        if (edition.stage() != Stage.JUDGING) {
            add(new Paragraph(getTranslation("competition.judge.not-now",
                    getTranslation("competition.stage." + edition.stage().name()))));
        }
        List<Judging.QueueItem> items = judging.queue(id);
        if (items.isEmpty()) {
            add(new EmptyState(VaadinIcon.STAR, getTranslation("competition.judge.empty"),
                    getTranslation("competition.judge.empty.text")));
            return;
        }
        long done = items.stream().filter(i -> "SUBMITTED".equals(i.status())).count();
        Paragraph progress = new Paragraph(getTranslation("competition.judge.progress", done, items.size()));
        progress.getElement().setAttribute("role", "status");
        queue = new Grid<>();
        queue.addColumn(Judging.QueueItem::title).setHeader(getTranslation("competition.entry.practice")).setFlexGrow(3);
        if (!edition.blind()) {
            queue.addColumn(Judging.QueueItem::applicant).setHeader(getTranslation("competition.entry.applicant"))
                    .setFlexGrow(2);
        }
        queue.addColumn(Judging.QueueItem::category).setHeader(getTranslation("competition.entry.category"));
        queue.addColumn(i -> "SUBMITTED".equals(i.status()) ? getTranslation("competition.judge.submitted")
                : getTranslation("competition.judge.scored", i.scored(), i.criteria()))
                .setHeader(getTranslation("competition.judge.state")).setAutoWidth(true);
        queue.setItems(items);
        queue.setAllRowsVisible(true);
        queue.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::score));
        add(progress, queue, scoring, sheetSection());
        items.stream().filter(i -> selected == null ? "ASSIGNED".equals(i.status()) : i.assignmentId() == selected)
                .findFirst().ifPresent(queue::select);
    }

    /** The scoring form of one entry; every field saves as soon as it is left. */
    void score(Judging.QueueItem item) {
        scoring.removeAll();
        boolean open = "ASSIGNED".equals(item.status()) && edition.stage() == Stage.JUDGING;
        scoring.add(new H2(item.title()));
        scoring.add(practice(item));
        Map<Long, Judging.Score> scores = judging.scores(item.assignmentId());
        for (Edition.Criterion criterion : edition.criteria()) {
            Judging.Score score = scores.get(criterion.id());
            NumberField value = new NumberField(getTranslation("competition.criterion.weight", criterion.name(),
                    criterion.weight()));
            value.setMin(edition.scaleMin());
            value.setMax(edition.scaleMax());
            value.setStep(1);
            value.setStepButtonsVisible(true);
            value.setValue(score == null ? null : score.value());
            TextArea comment = new TextArea(getTranslation("competition.judge.comment"));
            comment.setHelperText(getTranslation("competition.judge.comment.help", edition.scaleMin(), edition.scaleMax()));
            comment.setValue(score == null || score.comment() == null ? "" : score.comment());
            comment.setWidthFull();
            comment.setMaxLength(2000);
            Span saved = new Span();
            saved.addClassName("save-status");
            Runnable save = () -> {
                if (value.getValue() == null) {
                    return;
                }
                try {
                    judging.save(item.assignmentId(), criterion.id(), value.getValue(), comment.getValue());
                    value.setInvalid(false);
                    comment.setInvalid(false);
                    saved.setText(getTranslation("competition.judge.saved"));
                } catch (InvalidInputException invalid) {
                    Problem problem = invalid.problems().getFirst();
                    var field = "competition.error.comment-extreme".equals(problem.messageKey()) ? comment : value;
                    field.setErrorMessage(getTranslation(problem.messageKey(), problem.argumentArray()));
                    field.setInvalid(true);
                    saved.setText("");
                } catch (UserFacingException refusal) {
                    Notifications.refused(refusal);
                }
            };
            value.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save.run();
                }
            });
            comment.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save.run();
                }
            });
            value.setReadOnly(!open);
            comment.setReadOnly(!open);
            Div block = new Div(new H3(criterion.name()), value, comment, saved);
            block.addClassName("criterion-form");
            scoring.add(block);
        }
        if (open) {
            Button submit = new Button(getTranslation("competition.judge.submit"), VaadinIcon.CHECK.create(),
                    e -> confirmSubmit(item));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            Button conflict = new Button(getTranslation("competition.judge.conflict"), VaadinIcon.HAND.create(),
                    e -> new ReasonDialog(getTranslation("competition.judge.conflict"), true,
                            why -> jury.declareConflict(item.assignmentId(), why), () -> show(null)).open());
            scoring.add(new HorizontalLayout(submit, conflict));
        }
    }

    /** The practice as the juror may read it: in a blind edition masked, by its code, and with no link to it. */
    private Component practice(Judging.QueueItem item) {
        Div summary = new Div();
        summary.addClassName("practice-article");
        try {
            EntryForJuror entry = judging.entry(item.assignmentId());
            if (edition.blind()) {
                summary.add(new Paragraph(getTranslation("competition.judge.blind-note", entry.code())));
                summary.add(new H3(entry.title()));
            } else {
                summary.add(new Paragraph(getTranslation("competition.entry.applicant") + ": " + entry.applicant()));
            }
            entry.sections().forEach((section, text) -> summary.add(new H3(getTranslation("practice.section."
                    + section.name())), new Paragraph(text)));
        } catch (UserFacingException unavailable) {
            summary.add(new Paragraph(getTranslation("practice.not-found.text")));
        }
        return summary;
    }

    private void confirmSubmit(Judging.QueueItem item) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("competition.judge.submit"),
                getTranslation("competition.judge.submit.text"), getTranslation("competition.judge.submit"), e -> {
                    try {
                        judging.submit(item.assignmentId());
                        Notifications.success(getTranslation("competition.judge.submitted"));
                        show(item.assignmentId());
                    } catch (InvalidInputException invalid) {
                        Notifications.error(invalid.problems().stream().map(p -> getTranslation(p.messageKey(),
                                p.argumentArray())).reduce((a, b) -> a + " " + b).orElse(""));
                    } catch (UserFacingException refusal) {
                        Notifications.refused(refusal);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private Component sheetSection() {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = sheet.download(id);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "scoring-sheet-" + id + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), "");
        download.add(new Button(getTranslation("competition.sheet.download"), VaadinIcon.DOWNLOAD.create()));
        download.getElement().setAttribute("download", true);
        Upload upload = SingleFileUpload.of(this, TableReader.MAX_BYTES, (name, file) -> uploadSheet(file), ".xlsx");
        sheetReport.getElement().setAttribute("role", "status");
        return new Section(new H2(getTranslation("competition.sheet")), new Paragraph(getTranslation(
                "competition.sheet.help")), download, upload, sheetReport);
    }

    void uploadSheet(byte[] file) {
        sheetReport.removeAll();
        try {
            int saved = sheet.upload(id, "sheet.xlsx", file);
            sheetReport.add(new Paragraph(getTranslation("competition.sheet.saved", saved)));
            show(null);
        } catch (InvalidInputException invalid) {
            sheetReport.add(new Paragraph(getTranslation("competition.sheet.refused", invalid.problems().size())));
            UnorderedList problems = new UnorderedList();
            invalid.problems().forEach(p -> problems.add(new ListItem(p.field() + ": "
                    + getTranslation(p.messageKey(), p.argumentArray()))));
            sheetReport.add(problems);
        } catch (UserFacingException refusal) {
            sheetReport.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
