package org.imcregistry.competition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.HashMap;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.competition.AggregationMethod;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.ShortlistRule;
import org.imcregistry.ui.Notifications;

/**
 * A draft edition's settings (method, shortlist rule, jury size, dates, blind mode, weights) and its categories and
 * eligibility checklist in each language ({@link EditionTextsForm}); each saved on its own. Other refusals reach the user through the session's
 * error handler.
 */
class SettingsSection extends Section {

    private final Editions editions;
    private final Edition edition;
    private final Runnable saved;

    SettingsSection(Editions editions, Edition edition, Runnable saved) {
        this.editions = editions;
        this.edition = edition;
        this.saved = saved;
        add(new H2(getTranslation("competition.settings")));
        settings();
        add(new EditionTextsForm(editions, edition, saved));
    }

    private void settings() {
        Select<AggregationMethod> method = new Select<>();
        method.setLabel(getTranslation("competition.field.aggregation"));
        method.setItems(AggregationMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("competition.aggregation." + m.name()));
        method.setValue(edition.aggregation());
        Select<ShortlistRule> rule = new Select<>();
        rule.setLabel(getTranslation("competition.field.rule"));
        rule.setItems(ShortlistRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("competition.rule.kind." + r.name()));
        rule.setValue(edition.rule());
        NumberField value = new NumberField(getTranslation("competition.field.rule-value"));
        value.setValue(edition.ruleValue());
        IntegerField perEntry = new IntegerField(getTranslation("competition.field.jurors-per-entry"));
        perEntry.setValue(edition.jurorsPerEntry());
        perEntry.setMin(1);
        perEntry.setMax(15);
        DatePicker opens = new DatePicker(getTranslation("competition.field.opens"), edition.opensOn());
        DatePicker closes = new DatePicker(getTranslation("competition.field.closes"), edition.closesOn());
        DatePicker deadline = new DatePicker(getTranslation("competition.field.judging-deadline"),
                edition.judgingDeadline());
        deadline.setHelperText(getTranslation("competition.field.judging-deadline.help"));
        Checkbox blind = new Checkbox(getTranslation("competition.field.blind"), edition.blind());
        Checkbox country = new Checkbox(getTranslation("competition.field.same-country"), edition.excludeSameCountry());
        Map<Long, NumberField> weights = new HashMap<>();
        FormLayout form = new FormLayout(method, rule, value, perEntry, opens, closes, deadline, blind, country);
        edition.criteria().forEach(c -> {
            NumberField weight = new NumberField(getTranslation("competition.field.weight", c.name().in(getLocale())));
            weight.setValue(c.weight());
            weight.setSuffixComponent(new Span("%"));
            weights.put(c.id(), weight);
            form.add(weight);
        });
        Button save = new Button(getTranslation("common.save"), e -> {
            Map<Long, Double> w = new HashMap<>();
            weights.forEach((k, f) -> w.put(k, f.getValue() == null ? 0 : f.getValue()));
            try {
                editions.configure(edition.id(), edition.version(), new Editions.Settings(opens.getValue(),
                        closes.getValue(), deadline.getValue(), perEntry.getValue() == null ? 0 : perEntry.getValue(),
                        blind.getValue(), country.getValue(), method.getValue(), rule.getValue(),
                        value.getValue() == null ? 0 : value.getValue(), edition.tieBreaks(), w));
            } catch (InvalidInputException invalid) {
                // every problem at once, not only the first, so that the manager fixes them in one go
                invalid.problems().forEach(p -> Notifications.error(getTranslation(p.messageKey(), p.argumentArray())));
                return;
            }
            Notifications.success(getTranslation("competition.saved"));
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(form, save);
    }
}
