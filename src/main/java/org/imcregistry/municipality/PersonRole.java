package org.imcregistry.municipality;

/** The part a person plays in a partnership: the coordinator manages it, members take part. */
public enum PersonRole {
    COORDINATOR,
    MEMBER
}
