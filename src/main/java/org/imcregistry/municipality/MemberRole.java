package org.imcregistry.municipality;

/** The part a municipality plays in a partnership: the lead (host) or an ordinary member. */
public enum MemberRole {
    LEAD,
    MEMBER
}
