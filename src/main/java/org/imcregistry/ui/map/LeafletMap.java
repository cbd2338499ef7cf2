package org.imcregistry.ui.map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map drawn by Leaflet in the browser, with its markers in clusters (Leaflet.markercluster). Both are served from
 * their WebJars and loaded when the first map is shown, so no npm build is needed. Markers come in layers, each with
 * its look; a marker is a button with its title, reached with Tab and opened with Enter, Space or a click; the map
 * pans with the arrow keys and zooms with + and −. Without tiles (offline, or none set) the markers stand on a blank
 * background. A map is a second way to see something a list also shows: the list stays the accessible one.
 */
public class LeafletMap extends Div {

    static final String LEAFLET = "webjars/leaflet/1.9.4/dist/";
    static final String CLUSTERS = "webjars/leaflet-markercluster/1.4.1/";
    private static final String SCRIPT = script();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One thing on the map: the key it is opened by, its title, where it is. */
    public record Marker(String key, String title, double latitude, double longitude) {
    }

    /**
     * Markers that look alike and can be shown or hidden together. {@code style} names the look ({@code practice},
     * {@code partnership} in styles.css); {@code clusterText} says what a cluster holds, {@code {0}} its count.
     */
    public record Layer(String label, String style, String clusterText, List<Marker> markers) {
    }

    private final MapTiles tiles;
    private final Map<String, String> texts;
    private final List<Consumer<String>> openListeners = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private List<Layer> layers = List.of();

    /** {@code label} names the map for screen readers; {@code zoomIn} and {@code zoomOut} are its buttons' titles. */
    public LeafletMap(MapTiles tiles, String label, String zoomIn, String zoomOut) {
        this.tiles = tiles;
        this.texts = Map.of("zoomIn", zoomIn, "zoomOut", zoomOut);
        addClassName("map");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", label);
    }

    /** Shows these layers, replacing what was shown; the map fits itself to their markers. */
    public void show(List<Layer> layers) {
        this.layers = List.copyOf(layers);
        keys.clear();
        layers.forEach(layer -> layer.markers().forEach(marker -> keys.add(marker.key())));
        if (isAttached()) {
            draw();
        }
    }

    /** The layers shown, with their markers. */
    public List<Layer> layers() {
        return layers;
    }

    /** Called with a marker's key when someone opens it. */
    public Registration addOpenListener(Consumer<String> listener) {
        openListeners.add(listener);
        return () -> openListeners.remove(listener);
    }

    /** From the browser: a marker was opened. Only keys of markers this map shows are passed on. */
    @ClientCallable
    private void open(String key) {
        if (keys.contains(key)) {
            List.copyOf(openListeners).forEach(listener -> listener.accept(key));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        draw();
    }

    private void draw() {
        getElement().executeJs(SCRIPT, configuration(), LEAFLET, CLUSTERS);
    }

    /** What the browser is sent, for tests: tiles, attribution, texts and the layers with their markers. */
    String configuration() {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Layer layer : layers) {
            List<Map<String, Object>> markers = new ArrayList<>();
            for (Marker m : layer.markers()) {
                markers.add(Map.of("key", m.key(), "title", m.title(), "lat", m.latitude(), "lon", m.longitude()));
            }
            shown.add(Map.of("label", layer.label(), "style", layer.style(), "cluster", layer.clusterText(),
                    "markers", markers));
        }
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("tiles", tiles.template());
        configuration.put("attribution", tiles.attribution());
        configuration.put("texts", texts);
        configuration.put("layers", shown);
        return JSON.writeValueAsString(configuration);
    }

    private static String script() {
        try (InputStream in = LeafletMap.class.getResourceAsStream("leaflet-map.js")) {
            if (in == null) {
                throw new IllegalStateException("leaflet-map.js is missing beside LeafletMap");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
