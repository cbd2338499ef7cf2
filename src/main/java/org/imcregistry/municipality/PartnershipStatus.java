package org.imcregistry.municipality;

/** Whether a partnership still operates; a dissolved one keeps its history and its date of dissolution. */
public enum PartnershipStatus {
    ACTIVE,
    DISSOLVED
}
