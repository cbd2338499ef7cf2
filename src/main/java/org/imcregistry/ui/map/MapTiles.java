package org.imcregistry.ui.map;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The tile server behind the map and its attribution ({@code imc.map.tiles}, {@code imc.map.attribution}): a URL
 * template as Leaflet takes it ({@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}), or blank for no background
 * at all. The Content-Security-Policy lets images come from its origin only, so a wrong setting stops the start.
 */
@Component
public class MapTiles {

    /** Scheme, host (a leading {@code {s}.} for the server's subdomains) and port; then the path. */
    private static final Pattern TEMPLATE = Pattern.compile("(https?)://((?:\\{s\\}\\.)?[A-Za-z0-9.-]+(?::[0-9]+)?)/.*");

    private final String template;
    private final String attribution;
    private final @Nullable String imageSource;

    public MapTiles(@Value("${imc.map.tiles:}") String template, @Value("${imc.map.attribution:}") String attribution) {
        this.template = template.strip();
        this.attribution = attribution.strip();
        Matcher url = TEMPLATE.matcher(this.template);
        if (this.template.isEmpty() || this.template.startsWith("/") && !this.template.startsWith("//")) {
            imageSource = null;
        } else if (url.matches()) {
            imageSource = url.group(1) + "://" + url.group(2).replace("{s}", "*");
        } else {
            throw new IllegalStateException("imc.map.tiles must be blank, a path on this server, or an http(s) URL "
                    + "template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png; it is '" + this.template + "'");
        }
    }

    /** The URL template of the tiles; blank when the map has no background. */
    public String template() {
        return template;
    }

    /** The attribution the tile server asks for, as HTML (it comes from the operator's settings, not from users). */
    public String attribution() {
        return attribution;
    }

    /** The Content-Security-Policy source for the tiles' images ({@code https://tile.openstreetmap.org}); empty when
     * there are none or they come from this server. */
    public Optional<String> imageSource() {
        return Optional.ofNullable(imageSource);
    }
}
