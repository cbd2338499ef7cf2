package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.MunicipalityData;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.MunicipalityLevel;
import org.imcregistry.municipality.MunicipalitySummary;
import org.imcregistry.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** Adds a municipality (when {@code existing} is null) or corrects one; problems show at their fields. */
class MunicipalityDialog extends Dialog {

    final ComboBox<String> country = new ComboBox<>();
    final TextField officialCode = new TextField();
    final TextField name = new TextField();
    final TextField region = new TextField();
    final Select<MunicipalityLevel> level = new Select<>();
    final IntegerField population = new IntegerField();
    final NumberField latitude = coordinate();
    final NumberField longitude = coordinate();

    MunicipalityDialog(MunicipalityDirectory directory, @Nullable MunicipalitySummary existing, Runnable onSaved) {
        Locale locale = getLocale();
        setHeaderTitle(getTranslation(existing == null ? "municipalities.new" : "municipalities.edit"));
        country.setLabel(getTranslation("municipality.country"));
        country.setItems(Countries.all(locale));
        country.setItemLabelGenerator(c -> Countries.name(c, locale));
        country.setRequired(true);
        officialCode.setLabel(getTranslation("municipality.code"));
        officialCode.setHelperText(getTranslation("municipality.code.help"));
        officialCode.setRequired(true);
        officialCode.setMaxLength(20);
        name.setLabel(getTranslation("municipality.name"));
        name.setRequired(true);
        name.setMaxLength(200);
        region.setLabel(getTranslation("municipality.region"));
        region.setMaxLength(200);
        level.setLabel(getTranslation("municipality.level"));
        level.setItems(MunicipalityLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("municipality.level." + l.name()));
        level.setValue(MunicipalityLevel.MUNICIPALITY);
        population.setLabel(getTranslation("municipality.population"));
        population.setMin(0);
        latitude.setLabel(getTranslation("municipality.latitude"));
        latitude.setHelperText(getTranslation("municipality.latitude.help"));
        longitude.setLabel(getTranslation("municipality.longitude"));
        longitude.setHelperText(getTranslation("municipality.longitude.help"));
        if (existing != null) {
            country.setValue(existing.country());
            officialCode.setValue(existing.officialCode());
            name.setValue(existing.name());
            region.setValue(existing.region() == null ? "" : existing.region());
            level.setValue(existing.level());
            population.setValue(existing.population());
            latitude.setValue(existing.latitude());
            longitude.setValue(existing.longitude());
        }
        FormLayout form = new FormLayout(country, officialCode, name, region, level, population, latitude, longitude);
        add(form);
        Map<String, HasValidation> fields = Map.of("country", country, "officialCode", officialCode, "name", name,
                "region", region, "population", population, "latitude", latitude, "longitude", longitude);
        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            var data = new MunicipalityData(country.getValue(), officialCode.getValue(), name.getValue(),
                    region.getValue(), level.getValue(), population.getValue(), latitude.getValue(),
                    longitude.getValue());
            try {
                if (existing == null) {
                    directory.create(data);
                } else {
                    directory.update(existing.id(), existing.version(), data);
                }
                Notifications.success(getTranslation("partnership.saved", name.getValue().strip()));
                close();
                onSaved.run();
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(p -> {
                    HasValidation field = fields.get(p.field());
                    if (field != null) {
                        field.setErrorMessage(getTranslation(p.messageKey(), p.argumentArray()));
                        field.setInvalid(true);
                    }
                });
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /**
     * A field for decimal degrees. No range or step is set on it (a step would refuse 61.22971): the service checks
     * the range and says what is wrong in the person's language, as for every other field.
     */
    private static NumberField coordinate() {
        NumberField field = new NumberField();
        field.setClearButtonVisible(true);
        return field;
    }
}
