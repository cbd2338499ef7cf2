package org.imcregistry.assessment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.assessment.RoundResultsView;
import org.imcregistry.ui.charts.ChartJs;
import org.imcregistry.ui.charts.FigureTable;

/**
 * A round's profile as a radar chart: the consensus, the respondents' mean and the previous round per criterion,
 * with the same figures as a table for those who cannot read the chart.
 */
final class ResultsProfile extends Section {

    ResultsProfile(RoundResultsView view, Locale locale) {
        List<String> axes = view.criteria().stream().map(c -> c.criterion().title().in(locale)).toList();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        // a missing value is a gap in the line, never a zero
        if (view.criteria().stream().anyMatch(c -> c.consensusScore() != null)) {
            series.put(getTranslation("results.consensus"), view.criteria().stream()
                    .map(c -> c.consensusScore() == null ? null : Math.round(c.consensusScore())).toList());
        }
        if (view.criteria().stream().anyMatch(c -> c.mean() != null)) {
            series.put(getTranslation("results.mean"), view.criteria().stream()
                    .map(c -> c.mean() == null ? null : Math.round(c.criterion().scale().normalise(c.mean()))).toList());
        }
        var previous = view.trend().stream().filter(p -> p.roundId() != view.round().id()).reduce((a, b) -> b);
        previous.ifPresent(p -> series.put(p.title(), view.criteria().stream()
                .map(c -> p.consensusScores().containsKey(c.criterion().key())
                        ? Math.round(p.consensusScores().get(c.criterion().key())) : null).toList()));
        ChartJs radar = ChartJs.radar(getTranslation("results.profile"), axes, series);
        radar.setHeight("420px");
        Map<String, Long> figures = new LinkedHashMap<>();
        view.criteria().forEach(c -> figures.put(c.criterion().title().in(locale),
                c.consensusScore() == null ? 0 : Math.round(c.consensusScore())));
        add(new H2(getTranslation("results.profile")), radar,
                FigureTable.of(getTranslation("overview.as-table"), getTranslation("results.criterion"),
                        getTranslation("results.score"), figures));
        addClassName("chart-panel");
    }
}
