package org.imcregistry.competition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;
import java.util.Set;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Jury;
import org.imcregistry.competition.Stage;
import org.imcregistry.ui.Notifications;

/** The jury of an edition: who serves on it, the automatic assignment, and each juror's progress. */
class JurySection extends Section {

    JurySection(Edition edition, Jury jury, Runnable changed) {
        add(new H2(getTranslation("competition.jury")));
        Map<Long, String> candidates = jury.candidates();
        MultiSelectComboBox<Long> members = new MultiSelectComboBox<>(getTranslation("competition.jury.members"));
        members.setItems(candidates.keySet());
        members.setItemLabelGenerator(candidates::get);
        members.setValue(edition.jurors());
        members.setWidth("30rem");
        Button save = new Button(getTranslation("common.save"), e -> {
            jury.setJurors(edition.id(), Set.copyOf(members.getValue()));
            Notifications.success(getTranslation("competition.saved"));
            changed.run();
        });
        HorizontalLayout row = new HorizontalLayout(members, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
        if (edition.stage() == Stage.ELIGIBILITY || edition.stage() == Stage.JUDGING) {
            Button assign = new Button(getTranslation("competition.jury.assign"), VaadinIcon.RANDOM.create(), e -> {
                Jury.AssignmentReport report = jury.assignAutomatically(edition.id());
                Notifications.success(getTranslation("competition.jury.assigned", report.assigned(),
                        report.shortOfJurors().size()));
                changed.run();
            });
            add(new Paragraph(getTranslation("competition.jury.assign.help")), assign);
        }
        Grid<Jury.JurorProgress> progress = new Grid<>();
        progress.addColumn(Jury.JurorProgress::name).setHeader(getTranslation("competition.jury.juror"));
        progress.addColumn(p -> p.submitted() + " / " + p.assigned()).setHeader(getTranslation("competition.entry.scored"));
        progress.addColumn(Jury.JurorProgress::conflicts).setHeader(getTranslation("competition.jury.conflicts"));
        progress.setItems(jury.progress(edition.id()));
        progress.setAllRowsVisible(true);
        add(progress);
    }
}
