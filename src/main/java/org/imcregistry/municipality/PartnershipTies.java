package org.imcregistry.municipality;

import java.util.Map;
import java.util.Set;

/**
 * What ties people and places to a partnership, for checks such as who may not judge its entry: its member
 * municipalities with their country, and the accounts of its people. Ids only, no names.
 */
public record PartnershipTies(long partnershipId, Map<Long, String> memberCountries, Set<Long> people) {

    public PartnershipTies {
        memberCountries = Map.copyOf(memberCountries);
        people = Set.copyOf(people);
    }

    public static PartnershipTies none(long partnershipId) {
        return new PartnershipTies(partnershipId, Map.of(), Set.of());
    }
}
