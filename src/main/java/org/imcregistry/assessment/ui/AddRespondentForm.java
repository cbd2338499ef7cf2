package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.imcregistry.assessment.NewRespondent;
import org.imcregistry.assessment.RespondentGroup;
import org.imcregistry.assessment.RoundRespondents;
import org.imcregistry.common.SupportedLocales;
import org.imcregistry.municipality.MunicipalitySummary;
import org.imcregistry.ui.Notifications;

/** Adds one person by name and address; the link goes out at once. Enter in any field adds. */
class AddRespondentForm extends FormLayout {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Select<MunicipalitySummary> municipality = new Select<>();
    final Select<RespondentGroup> group = new Select<>();
    final Select<Locale> language = new Select<>();
    final Button add = new Button();

    AddRespondentForm(RoundRespondents respondents, long roundId, List<MunicipalitySummary> municipalities,
            Runnable added) {
        name.setLabel(getTranslation("respondents.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("respondents.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("respondents.email.invalid"));
        configure(this, municipality, group, language, municipalities);
        add.setText(getTranslation("respondents.add"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> {
            respondents.add(roundId, new NewRespondent(name.getValue(), email.getValue(),
                    municipality.getValue() == null ? null : municipality.getValue().id(), group.getValue(),
                    language.getValue()));
            Notifications.success(getTranslation("respondents.added", name.getValue().strip(),
                    email.getValue().strip()));
            name.clear();
            email.clear();
            name.focus();
            added.run();
        });
        add(name, email, municipality, group, language, add);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
    }

    /** The municipality, group and language choices, as the form and the import dialog both offer them. */
    static void configure(com.vaadin.flow.component.Component owner, Select<MunicipalitySummary> municipality,
            Select<RespondentGroup> group, Select<Locale> language, List<MunicipalitySummary> municipalities) {
        municipality.setLabel(owner.getTranslation("municipality.name"));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(MunicipalitySummary::name);
        if (!municipalities.isEmpty()) {
            municipality.setValue(municipalities.getFirst());
        }
        group.setLabel(owner.getTranslation("round.respondent.group"));
        group.setItems(RespondentGroup.values());
        group.setItemLabelGenerator(g -> owner.getTranslation("respondent.group." + g.name()));
        group.setValue(RespondentGroup.CITIZEN);
        language.setLabel(owner.getTranslation("respondents.language"));
        language.setItems(SupportedLocales.ALL);
        // each language in its own name, as the language menu shows them
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l)
                + l.getDisplayLanguage(l).substring(1));
        // the coordinator's own language, the likeliest for people of the same partnership
        UI ui = UI.getCurrent();
        language.setValue(SupportedLocales.closest(ui == null ? Locale.ENGLISH : ui.getLocale()));
    }
}
