package org.imcregistry.municipality;

import java.time.LocalDate;
import java.util.List;
import org.imcregistry.security.InvitationStatus;

/** A partnership's page: everything in the row, its members and people, and what the viewer may do. */
public record PartnershipDetails(PartnershipRow row, String description, List<Member> members, List<Person> people,
        long version, boolean editable) {

    public record Member(MunicipalitySummary municipality, MemberRole role, LocalDate joinedOn) {
    }

    /** {@code invitation}: where the person's invitation stands, for those who may send it again; else null. */
    public record Person(long accountId, String displayName, String username, PersonRole role,
            InvitationStatus invitation) {
    }
}
