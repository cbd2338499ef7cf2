package org.imcregistry.ui.charts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Chart.js in the browser. The library is served from its WebJar, so no npm build is
 * needed. Every chart comes with the same figures as a table (see {@link FigureTable}) for screen
 * readers and for people who prefer numbers; the canvas itself is marked as an image with a label.
 */
public class ChartJs extends Div {

    static final String LIBRARY = "webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String configuration;
    /** The labels whole, for the tooltips of a chart whose labels are wrapped (JSON null for none). */
    private final String fullLabels;

    private ChartJs(String label, Map<String, Object> configuration, @Nullable List<String> fullLabels) {
        this.configuration = JSON.writeValueAsString(configuration);
        this.fullLabels = JSON.writeValueAsString(fullLabels);
        addClassName("chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
        Span canvasHolder = new Span();
        canvasHolder.getElement().appendChild(new com.vaadin.flow.dom.Element("canvas"));
        add(canvasHolder);
    }

    /** A horizontal bar chart: one bar per label, each label wrapped onto lines ({@link ChartLabels}). */
    public static ChartJs bars(String label, String seriesName, List<String> labels, List<? extends Number> values) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", seriesName);
        dataset.put("data", values);
        dataset.put("backgroundColor", "rgba(31, 95, 168, 0.75)");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("indexAxis", "y");
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("plugins", Map.of("legend", Map.of("display", false)));
        options.put("scales", Map.of("x", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0))));
        List<List<String>> wrapped = labels.stream().map(ChartLabels::wrap).toList();
        return new ChartJs(label, Map.of("type", "bar", "data", Map.of("labels", wrapped, "datasets",
                List.of(dataset)), "options", options), labels);
    }

    /** A radar ("spider") chart of scores 0..100, one line per series, e.g. this round and the previous one. */
    public static ChartJs radar(String label, List<String> axes, Map<String, List<? extends Number>> series) {
        String[] colours = {"31, 95, 168", "192, 122, 22", "46, 139, 87"};
        List<Map<String, Object>> datasets = new java.util.ArrayList<>();
        int i = 0;
        for (var entry : series.entrySet()) {
            String colour = colours[i++ % colours.length];
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", entry.getKey());
            dataset.put("data", entry.getValue());
            dataset.put("borderColor", "rgb(" + colour + ")");
            dataset.put("backgroundColor", "rgba(" + colour + ", 0.15)");
            dataset.put("pointBackgroundColor", "rgb(" + colour + ")");
            datasets.add(dataset);
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("scales", Map.of("r", Map.of("min", 0, "max", 100, "ticks", Map.of("stepSize", 20))));
        return new ChartJs(label, Map.of("type", "radar", "data", Map.of("labels", axes, "datasets", datasets),
                "options", options), null);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("""
                const host = this; const config = JSON.parse($0); const full = JSON.parse($2);
                if (full) {
                  // a wrapped label is shown whole in its bar's tooltip
                  config.options.plugins = config.options.plugins || {};
                  config.options.plugins.tooltip = {callbacks: {title: items => full[items[0].dataIndex]}};
                }
                const draw = () => {
                  if (host.$chart) { host.$chart.destroy(); }
                  host.$chart = new window.Chart(host.querySelector('canvas'), config);
                };
                if (window.Chart) { draw(); return; }
                let script = document.querySelector('script[data-chartjs]');
                if (!script) {
                  script = document.createElement('script');
                  script.src = $1; script.dataset.chartjs = 'loading';
                  script.addEventListener('load', () => script.dataset.chartjs = 'ready');
                  document.head.appendChild(script);
                }
                script.addEventListener('load', draw);
                """, configuration, LIBRARY, fullLabels);
    }

    /** The configuration sent to Chart.js, for tests. */
    public String configuration() {
        return configuration;
    }

    /** The whole labels its tooltips show, as JSON, for tests. */
    public String fullLabels() {
        return fullLabels;
    }
}
