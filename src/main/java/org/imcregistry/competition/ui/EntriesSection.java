package org.imcregistry.competition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Entries;
import org.imcregistry.competition.EntryRow;
import org.imcregistry.competition.Jury;
import org.imcregistry.competition.Stage;
import org.imcregistry.ui.LongTextColumns;
import org.imcregistry.ui.Notifications;

/**
 * An edition's entries for its manager: record, applicant, category, eligibility and jury progress; while the
 * edition is open a new entry, in the eligibility stage the decision, and until judging ends a juror by hand.
 */
class EntriesSection extends Section {

    private final Edition edition;
    private final Entries entries;
    private final Jury jury;
    private final Runnable changed;

    EntriesSection(Edition edition, Entries entries, Jury jury, EntryDialog.Sources sources, Runnable changed) {
        this.edition = edition;
        this.entries = entries;
        this.jury = jury;
        this.changed = changed;
        add(new H2(getTranslation("competition.entries")));
        if (edition.stage() == Stage.OPEN) {
            add(new Button(getTranslation("competition.entry.add"), VaadinIcon.PLUS.create(),
                    e -> new EntryDialog(edition, sources, false, changed).open()));
        }
        Grid<EntryRow> grid = new Grid<>();
        LongTextColumns.add(grid, EntryRow::title).setHeader(getTranslation("competition.entry.practice")).setFlexGrow(3);
        LongTextColumns.add(grid, EntryRow::applicant).setHeader(getTranslation("competition.entry.applicant"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.category().in(getLocale())).setHeader(getTranslation("competition.entry.category")).setAutoWidth(true);
        grid.addColumn(r -> r.eligible() == null ? getTranslation("competition.eligibility.open")
                : getTranslation(r.eligible() ? "competition.eligibility.yes" : "competition.eligibility.no")
                        + (r.eligibilityReason() == null ? "" : " — " + r.eligibilityReason()))
                .setHeader(getTranslation("competition.eligibility.column")).setFlexGrow(2);
        grid.addColumn(r -> r.submitted() + " / " + r.assigned()).setHeader(getTranslation("competition.entry.scored"))
                .setAutoWidth(true);
        if (edition.stage() == Stage.ELIGIBILITY) {
            grid.addComponentColumn(this::eligibility).setAutoWidth(true);
        }
        if (edition.stage() == Stage.ELIGIBILITY || edition.stage() == Stage.JUDGING) {
            Map<Long, String> names = jury.candidates();
            grid.addComponentColumn(r -> jurorByHand(r, names)).setAutoWidth(true);
        }
        grid.setItems(entries.of(edition.id()));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Component eligibility(EntryRow row) {
        return new HorizontalLayout(
                new Button(getTranslation("competition.eligibility.yes"), e -> {
                    entries.markEligibility(row.id(), true, null);
                    changed.run();
                }),
                new Button(getTranslation("competition.eligibility.no"), e -> new ReasonDialog(
                        getTranslation("competition.eligibility.no"), true,
                        why -> entries.markEligibility(row.id(), false, why), changed).open()));
    }

    private Component jurorByHand(EntryRow row, Map<Long, String> names) {
        if (!Boolean.TRUE.equals(row.eligible())) {
            return new Span();
        }
        ComboBox<Long> juror = new ComboBox<>();
        juror.setPlaceholder(getTranslation("competition.jury.assign-one"));
        juror.setAriaLabel(getTranslation("competition.jury.assign-one"));
        juror.setItems(edition.jurors());
        juror.setItemLabelGenerator(j -> names.getOrDefault(j, String.valueOf(j)));
        juror.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                try {
                    jury.assign(row.id(), e.getValue());
                    changed.run();
                } catch (UserFacingException refusal) {
                    // a juror with a conflict is refused: say why, and leave the choice empty again
                    Notifications.refused(refusal);
                    juror.clear();
                }
            }
        });
        return juror;
    }
}
