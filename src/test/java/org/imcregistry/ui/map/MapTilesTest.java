package org.imcregistry.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The tile setting gives the Content-Security-Policy exactly the tile server's origin, and nothing it could abuse. */
class MapTilesTest {

    @Test
    void theImageSourceIsTheTemplatesOrigin() {
        assertThat(new MapTiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "").imageSource())
                .contains("https://tile.openstreetmap.org");
        assertThat(new MapTiles("https://{s}.tile.openstreetmap.fr/hot/{z}/{x}/{y}.png", "").imageSource())
                .as("subdomains").contains("https://*.tile.openstreetmap.fr");
        assertThat(new MapTiles("http://tiles.internal:8081/osm/{z}/{x}/{y}.png", "").imageSource())
                .contains("http://tiles.internal:8081");
    }

    @Test
    void noTilesOrTilesOfThisServerNeedNoSource() {
        assertThat(new MapTiles("", "").imageSource()).isEmpty();
        assertThat(new MapTiles("  ", "").template()).isEmpty();
        assertThat(new MapTiles("/tiles/{z}/{x}/{y}.png", "").imageSource()).isEmpty();
    }

    @Test
    void aSettingThatIsNoTileUrlStopsTheStart() {
        for (String wrong : new String[] {"tile.openstreetmap.org/{z}/{x}/{y}.png", "javascript:alert(1)",
                "//tile.openstreetmap.org/{z}/{x}/{y}.png", "https://a.org; script-src *; x/{z}/{x}/{y}.png",
                "https://tiles-{s}.example.org/{z}/{x}/{y}.png", "ftp://tiles.example.org/{z}/{x}/{y}.png"}) {
            assertThatThrownBy(() -> new MapTiles(wrong, "")).as(wrong).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("imc.map.tiles");
        }
    }
}
