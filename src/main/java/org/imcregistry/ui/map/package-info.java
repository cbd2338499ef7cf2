/**
 * A map drawn by Leaflet in the browser, markers clustered, loaded from the WebJars at runtime (no npm build), with the
 * tile server from the settings: published to the features that show things on a map.
 */
@NullMarked
@NamedInterface("map")
package org.imcregistry.ui.map;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
