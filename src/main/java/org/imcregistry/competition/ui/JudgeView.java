package org.imcregistry.competition.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.Judging;
import org.imcregistry.competition.Jury;
import org.imcregistry.competition.ScoringSheet;
import org.imcregistry.competition.Stage;
import org.imcregistry.security.Role;
import org.imcregistry.ui.LongTextColumns;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.ViewHeader;
import org.springframework.security.access.AccessDeniedException;
import java.util.Objects;

/**
 * A juror's queue: their entries with progress, and for the chosen one the practice and a score with a comment
 * per criterion ({@link ScoringForm}), or the whole queue as a spreadsheet ({@link ScoringSheetSection}). In a blind
 * edition nothing here names the applicant.
 */
@Route("competitions/:id/judge")
@RolesAllowed(Role.JUROR_NAME)
public class JudgeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Editions editions;
    private final Judging judging;
    private final Jury jury;
    private final ScoringSheet sheet;
    final Div scoring = new Div();
    @Nullable Grid<Judging.QueueItem> queue;
    /** Kept across redraws, so that the report of an upload stays in place after the queue is shown again. */
    @Nullable ScoringSheetSection sheetSection;
    private @Nullable Edition edition;
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
            sheetSection = new ScoringSheetSection(sheet, id, () -> show(null));
            show(null);
        } catch (NumberFormatException | UserFacingException | AccessDeniedException e) {
            // an unknown or forbidden edition is a page of its own, not a message over an empty one
            removeAll();
            title = getTranslation("competition.not-found");
            add(new EmptyState(VaadinIcon.TROPHY, title, getTranslation("competition.not-found.text")),
                    new RouterLink(getTranslation("competition.back"), CompetitionsView.class));
        }
    }

    /** The queue, with {@code selected} chosen, or else the first entry still to score. */
    private void show(@Nullable Long selected) {
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
        LongTextColumns.add(queue, Judging.QueueItem::title).setHeader(getTranslation("competition.entry.practice")).setFlexGrow(3);
        if (!edition.blind()) {
            LongTextColumns.add(queue, Judging.QueueItem::applicant).setHeader(getTranslation("competition.entry.applicant"))
                    .setFlexGrow(2);
        }
        queue.addColumn(i -> i.category().in(getLocale())).setHeader(getTranslation("competition.entry.category"));
        queue.addColumn(i -> "SUBMITTED".equals(i.status()) ? getTranslation("competition.judge.submitted")
                : getTranslation("competition.judge.scored", i.scored(), i.criteria()))
                .setHeader(getTranslation("competition.judge.state")).setAutoWidth(true);
        queue.setItems(items);
        queue.setAllRowsVisible(true);
        queue.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::score));
        add(progress, queue, scoring, sheetSection);
        items.stream().filter(i -> selected == null ? "ASSIGNED".equals(i.status()) : i.assignmentId() == selected)
                .findFirst().ifPresent(queue::select);
    }

    /** The scoring form of one entry in place of the previous one. */
    void score(Judging.QueueItem item) {
        scoring.removeAll();
        scoring.add(new ScoringForm(judging, jury,
                Objects.requireNonNull(edition, "the queue is shown with its edition"), item, this::show));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
