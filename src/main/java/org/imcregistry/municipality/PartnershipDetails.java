package org.imcregistry.municipality;

import java.time.LocalDate;
import java.util.List;
import org.imcregistry.security.InvitationStatus;
import org.jspecify.annotations.Nullable;

/** A partnership's page: everything in the row, its members and people, and what the viewer may do. */
public record PartnershipDetails(PartnershipRow row, @Nullable String description, List<Member> members,
        List<Person> people,
        long version, boolean editable) {

    public record Member(MunicipalitySummary municipality, MemberRole role, @Nullable LocalDate joinedOn) {
    }

    /** {@code invitation}: where the person's invitation stands, for those who may send it again; else null. */
    public record Person(long accountId, String displayName, @Nullable String username, PersonRole role,
            @Nullable InvitationStatus invitation) {
    }
}
