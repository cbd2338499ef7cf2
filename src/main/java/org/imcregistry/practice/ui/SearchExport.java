package org.imcregistry.practice.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.common.table.TableWriter;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.search.SearchPage;

/** The current result list as a workbook: one row a practice, labels in the reader's language. */
final class SearchExport {

    private final PracticeLabels labels;
    private final Locale locale;
    private final BiFunction<String, Object[], String> texts;

    private final PublicLinks links;

    SearchExport(PublicLists lists, PublicLinks links, Locale locale, BiFunction<String, Object[], String> texts) {
        this.labels = new PracticeLabels(lists, locale, texts);
        this.links = links;
        this.locale = locale;
        this.texts = texts;
    }

    byte[] workbook(List<SearchPage.Hit> hits) {
        List<String> headers = List.of(text("export.practice.id"), text("practice.field.title"),
                text("practice.field.place"), text("practice.field.country"), text("practice.field.startYear"),
                text("practice.field.language"), text("practice.field.themes"), text("practice.field.sdgs"),
                text("export.practice.link"));
        List<List<?>> rows = new ArrayList<>();
        for (SearchPage.Hit hit : hits) {
            rows.add(java.util.Arrays.asList(hit.id(), hit.title(), hit.place(),
                    hit.country() == null ? null : Countries.name(hit.country(), locale), hit.year(),
                    labels.language(hit.language()), String.join("; ", hit.themes().stream().map(labels::theme).toList()),
                    String.join("; ", hit.sdgs().stream().map(labels::sdg).toList()), links.practice(hit.id())));
        }
        try (TableWriter writer = new TableWriter()) {
            return writer.sheet(text("export.practice.sheet"), headers, rows).toBytes();
        }
    }

    private String text(String key) {
        return texts.apply(key, new Object[0]);
    }
}
