package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.RegisterStatistics;
import org.imcregistry.municipality.Term;
import org.imcregistry.ui.ViewHeader;
import org.imcregistry.ui.charts.ChartJs;
import org.imcregistry.ui.charts.FigureTable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The register at a glance: partnerships by form, service area and country; municipalities by involvement; and what
 * other features add ({@link RegisterOverviewSection}: the adoption of good practices).
 */
@Route("partnerships/overview")
@PermitAll
public class RegisterOverviewView extends Main implements HasDynamicTitle {

    RegisterOverviewView(RegisterStatistics statistics, ObjectProvider<RegisterOverviewSection> sections) {
        Locale locale = getLocale();
        Div charts = new Div(
                panel("overview.per-legal-form", "overview.legal-form", "overview.partnerships",
                        labelled(statistics.perLegalForm(), locale)),
                panel("overview.per-service-area", "overview.service-area", "overview.partnerships",
                        labelled(statistics.perServiceArea(), locale)),
                panel("overview.per-country", "overview.country", "overview.partnerships",
                        countries(statistics.perCountry(), locale)),
                panel("overview.municipalities-by-count", "overview.partnership-count", "overview.municipalities",
                        counts(statistics.municipalitiesByPartnershipCount())));
        sections.orderedStream().map(RegisterOverviewSection::panel).flatMap(Optional::stream).forEach(charts::add);
        charts.addClassName("chart-grid");
        add(new RouterLink(getTranslation("partnership.back"), PartnershipsView.class),
                new ViewHeader(getTranslation("overview.title"), getTranslation("overview.lead")), charts);
        addClassName("list-view");
    }

    private Section panel(String titleKey, String labelKey, String valueKey, Map<String, Long> figures) {
        String title = getTranslation(titleKey);
        ChartJs chart = ChartJs.bars(title, getTranslation(valueKey), List.copyOf(figures.keySet()),
                List.copyOf(figures.values()));
        // room for a label wrapped onto three lines beside each bar (ChartLabels)
        chart.setHeight(Math.max(160, 46 * figures.size() + 40) + "px");
        Section section = new Section(new H2(title), chart, FigureTable.of(getTranslation("overview.as-table"),
                getTranslation(labelKey), getTranslation(valueKey), figures));
        section.addClassName("chart-panel");
        return section;
    }

    private static Map<String, Long> labelled(Map<Term, Long> counts, Locale locale) {
        Map<String, Long> result = new LinkedHashMap<>();
        counts.forEach((term, n) -> result.put(term.label(locale), n));
        return result;
    }

    private static Map<String, Long> countries(Map<String, Long> counts, Locale locale) {
        Map<String, Long> result = new LinkedHashMap<>();
        counts.forEach((code, n) -> result.put(Countries.name(code, locale), n));
        return result;
    }

    private static Map<String, Long> counts(Map<Integer, Long> histogram) {
        Map<String, Long> result = new LinkedHashMap<>();
        histogram.forEach((k, n) -> result.put(String.valueOf(k), n));
        return result;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
