package org.imcregistry.municipality;

/** The tier of local government a municipality belongs to. */
public enum MunicipalityLevel {
    MUNICIPALITY,
    COUNTY_REGION,
    DISTRICT
}
