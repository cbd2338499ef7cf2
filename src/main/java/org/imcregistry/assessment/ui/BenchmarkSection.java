package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Locale;
import org.imcregistry.assessment.Benchmark;
import org.imcregistry.assessment.RoundResultsView;
import org.imcregistry.assessment.RoundResultsView.CriterionResult;

/**
 * Where a closed round stands among its peers, per criterion as a percentile band; said to wait while the round is
 * open, and withheld while too few peers would make a band point at one of them.
 */
final class BenchmarkSection extends Section {

    BenchmarkSection(Benchmark benchmark, RoundResultsView view, Locale locale) {
        add(new H2(getTranslation("results.benchmark")));
        if (benchmark.status() == Benchmark.Status.ROUND_OPEN) {
            add(new Paragraph(getTranslation("results.benchmark.after-close")));
            return;
        }
        if (!benchmark.shown()) {
            add(new Paragraph(getTranslation("results.benchmark.withheld", Benchmark.MIN_PEERS, benchmark.peers())));
            return;
        }
        add(new Paragraph(getTranslation("results.benchmark.lead", benchmark.peers())));
        Grid<CriterionResult> grid = new Grid<>();
        grid.addColumn(c -> c.criterion().title().in(locale)).setHeader(getTranslation("results.criterion"))
                .setFlexGrow(3);
        grid.addColumn(c -> {
            Benchmark.Band band = benchmark.bandByCriterion().get(c.criterion().key());
            return band == null ? "—" : getTranslation("results.percentile-band", band.from(), band.to());
        }).setHeader(getTranslation("results.position")).setAutoWidth(true);
        grid.setItems(view.criteria());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
