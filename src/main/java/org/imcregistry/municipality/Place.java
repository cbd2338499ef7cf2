package org.imcregistry.municipality;

/** Where a municipality is on the map: its centre in decimal degrees (WGS 84), with its name. */
public record Place(long municipalityId, String name, double latitude, double longitude) {
}
