package org.imcregistry.assessment.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imcregistry.ui.Today;
import org.imcregistry.assessment.AnswerVisibility;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.FrameworkCatalog;
import org.imcregistry.assessment.FrameworkSummary;
import org.imcregistry.assessment.RespondentGroup;
import org.imcregistry.assessment.RoundViews;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.security.AccountDirectory;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.ui.Notifications;

/**
 * A coordinator opens a round: which partnership and framework, a title and deadline, who answers
 * (each person with the municipality they speak for and their group), and who sees individual answers.
 */
class OpenRoundDialog extends Dialog {

    final ComboBox<PartnershipDetails> partnership = new ComboBox<>();
    final ComboBox<FrameworkSummary> framework = new ComboBox<>();
    final TextField title = new TextField();
    final DatePicker deadline = new DatePicker();
    final RadioButtonGroup<AnswerVisibility> visibility = new RadioButtonGroup<>();
    final Grid<Line> people = new Grid<>();
    private final AccountDirectory accounts;

    /** One person of the partnership as a possible respondent. */
    static final class Line {
        final PartnershipDetails.Person person;
        boolean included = true;
        PartnershipDetails.@Nullable Member municipality;
        RespondentGroup group = RespondentGroup.OFFICIAL;

        Line(PartnershipDetails.Person person, PartnershipDetails.@Nullable Member municipality) {
            this.person = person;
            this.municipality = municipality;
        }
    }

    OpenRoundDialog(AssessmentRounds rounds, FrameworkCatalog frameworks, AccountDirectory accounts,
            List<PartnershipDetails> partnerships, Today today) {
        this.accounts = accounts;
        setHeaderTitle(getTranslation("round.open"));
        setWidth("min(56rem, 95vw)");
        partnership.setLabel(getTranslation("round.partnership"));
        partnership.setItems(partnerships);
        partnership.setItemLabelGenerator(p -> p.row().name());
        partnership.setRequired(true);
        List<FrameworkSummary> available = frameworks.all();
        framework.setLabel(getTranslation("round.framework"));
        framework.setItems(available);
        framework.setItemLabelGenerator(f -> f.framework().title().in(getLocale()) + " (v" + f.version() + ")");
        framework.setRequired(true);
        title.setLabel(getTranslation("round.title"));
        title.setMaxLength(200);
        title.setRequired(true);
        title.setValue(getTranslation("round.default-title", String.valueOf(today.date().getYear())));
        deadline.setLabel(getTranslation("round.deadline"));
        deadline.setMin(today.date());
        deadline.setValue(today.date().plusWeeks(3));
        visibility.setLabel(getTranslation("round.visibility"));
        visibility.setItems(AnswerVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("round.visibility." + v.name()));
        visibility.setValue(AnswerVisibility.COORDINATOR_ONLY);
        configurePeople();
        partnership.addValueChangeListener(e -> people.setItems(lines(e.getValue())));
        if (partnerships.size() == 1) {
            partnership.setValue(partnerships.getFirst());
        }
        available.stream().filter(f -> f.key().equals("imc-partnership-development")).findFirst()
                .or(() -> available.stream().findFirst()).ifPresent(framework::setValue);
        FormLayout form = new FormLayout(partnership, framework, title, deadline, visibility);
        form.setColspan(visibility, 2);
        add(form, people);
        Button open = new Button(getTranslation("round.open.confirm"), e -> open(rounds));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), open);
    }

    private void configurePeople() {
        people.addComponentColumn(line -> {
            Checkbox include = new Checkbox(line.included);
            include.setAriaLabel(line.person.displayName());
            include.addValueChangeListener(e -> line.included = e.getValue());
            return include;
        }).setHeader(getTranslation("round.respondent.include")).setAutoWidth(true).setFlexGrow(0);
        people.addColumn(l -> l.person.displayName()).setHeader(getTranslation("account.display-name"));
        people.addComponentColumn(line -> {
            Select<PartnershipDetails.Member> municipality = new Select<>();
            municipality.setItems(partnership.getValue().members());
            municipality.setItemLabelGenerator(m -> m.municipality().name());
            municipality.setValue(line.municipality);
            municipality.setAriaLabel(getTranslation("invite.municipality"));
            municipality.addValueChangeListener(e -> line.municipality = e.getValue());
            return municipality;
        }).setHeader(getTranslation("invite.municipality"));
        people.addComponentColumn(line -> {
            Select<RespondentGroup> group = new Select<>();
            group.setItems(RespondentGroup.values());
            group.setItemLabelGenerator(g -> getTranslation("respondent.group." + g.name()));
            group.setValue(line.group);
            group.setAriaLabel(getTranslation("round.respondent.group"));
            group.addValueChangeListener(e -> line.group = e.getValue());
            return group;
        }).setHeader(getTranslation("round.respondent.group"));
        people.setAllRowsVisible(true);
        people.setEmptyStateText(getTranslation("round.no-people"));
    }

    private List<Line> lines(PartnershipDetails details) {
        if (details == null) {
            return List.of();
        }
        Map<Long, AccountSummary> summaries = accounts.byIds(details.people().stream()
                .map(PartnershipDetails.Person::accountId).toList());
        List<Line> lines = new ArrayList<>();
        for (var person : details.people()) {
            Long represents = summaries.get(person.accountId()) == null ? null
                    : summaries.get(person.accountId()).municipalityId();
            var member = details.members().stream().filter(m -> m.municipality().id().equals(represents)).findFirst()
                    .orElse(details.members().isEmpty() ? null : details.members().getFirst());
            lines.add(new Line(person, member));
        }
        return lines;
    }

    private void open(AssessmentRounds rounds) {
        if (partnership.isEmpty() || framework.isEmpty()) {
            Notifications.error(getTranslation("validation.fix-fields", 1));
            return;
        }
        List<RoundViews.RespondentInvite> invites = people.getListDataView().getItems().filter(l -> l.included)
                .filter(l -> l.municipality != null)
                .map(l -> new RoundViews.RespondentInvite(l.person.accountId(), l.municipality.municipality().id(),
                        l.group)).toList();
        long id = rounds.open(new RoundViews.NewRound(partnership.getValue().row().id(), framework.getValue().id(),
                title.getValue(), deadline.getValue(), visibility.getValue(), invites));
        Notifications.success(getTranslation("round.opened", title.getValue()));
        close();
        getUI().ifPresent(ui -> ui.navigate(RoundConsensusView.class, new RouteParameters("id",
                String.valueOf(id))));
    }
}
