package org.imcregistry.competition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Shortlists;
import org.imcregistry.competition.Stage;
import org.imcregistry.competition.TieBreakWords;
import org.imcregistry.ui.LongTextColumns;
import org.imcregistry.ui.UserZone;
import java.time.ZoneId;

/**
 * The ranking with the tie-break that decided and the shortlist (provisional while judging goes on); once the
 * edition is shortlisted the manager puts an entry on or off it, with the reason.
 */
class RankingSection extends Section {

    RankingSection(Edition edition, Shortlists shortlists, Runnable changed) {
        add(new H2(getTranslation("competition.ranking")));
        if (edition.stage() == Stage.JUDGING) {
            add(new Paragraph(getTranslation("competition.ranking.provisional")));
        }
        Grid<Shortlists.RankingRow> grid = new Grid<>();
        grid.addColumn(r -> r.ranked().rank()).setHeader(getTranslation("competition.export.rank")).setAutoWidth(true);
        LongTextColumns.add(grid, r -> r.entry().title()).setHeader(getTranslation("competition.entry.practice")).setFlexGrow(3);
        grid.addColumn(r -> r.entry().category().in(getLocale())).setHeader(getTranslation("competition.entry.category"));
        grid.addColumn(r -> r.ranked().finalScore() == null ? "—"
                : String.format(getLocale(), "%.2f", r.ranked().finalScore()))
                .setHeader(getTranslation("competition.export.final-score")).setAutoWidth(true);
        ZoneId zone = UserZone.current();
        grid.addColumn(r -> r.ranked().tieBreakNote() == null ? ""
                : TieBreakWords.of(r.ranked().tieBreakNote(), getLocale(), zone))
                .setHeader(getTranslation("competition.export.tie-break")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.ranked().shortlisted() ? "competition.export.yes" : "competition.export.no")
                + (r.entry().override() == null ? "" : " (" + r.entry().overrideReason() + ")"))
                .setHeader(getTranslation("competition.export.shortlisted")).setFlexGrow(2);
        if (edition.stage() == Stage.SHORTLISTED) {
            grid.addComponentColumn(r -> {
                String action = getTranslation(r.ranked().shortlisted() ? "competition.shortlist.off"
                        : "competition.shortlist.on");
                return new Button(action, e -> new ReasonDialog(action, true,
                        why -> shortlists.override(r.entry().id(), !r.ranked().shortlisted(), why), changed).open());
            }).setAutoWidth(true);
        }
        grid.setItems(shortlists.ranking(edition.id()));
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
