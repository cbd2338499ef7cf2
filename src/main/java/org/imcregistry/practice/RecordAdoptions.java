package org.imcregistry.practice;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partnerships adopting a record as its page in the app shows them, first adopter first, and what its reader may
 * do: adopt it for one of their own partnerships that has not yet ({@code mayAdoptFor}, id → name, by name; empty for
 * a visitor and for a record that is not public), or withdraw an adoption of their own partnership.
 *
 * @param adoptable the record is public (published, not held back), so that it can be adopted
 */
public record RecordAdoptions(long practiceId, boolean adoptable, List<Adoption> adoptions,
        Map<Long, String> mayAdoptFor) {

    /** One partnership's adoption, with its note; {@code mayWithdraw} when the reader takes part in it. */
    public record Adoption(long partnershipId, String partnershipName, Instant adoptedAt, String note,
            boolean mayWithdraw) {
    }

    public RecordAdoptions {
        adoptions = List.copyOf(adoptions);
        mayAdoptFor = Collections.unmodifiableMap(new LinkedHashMap<>(mayAdoptFor));
    }

    public int count() {
        return adoptions.size();
    }
}
