package org.imcregistry.municipality;

import org.imcregistry.security.CoordinatedAccounts;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Tenant rules of the register: admins edit every partnership, a coordinator (role and listing) only their own.
 * Services call it, so the rule holds whatever view (or none) the request came through.
 */
@Component
public class PartnershipAccess implements CoordinatedAccounts {

    private final CurrentUser currentUser;
    private final PartnershipPersonRepository people;

    PartnershipAccess(CurrentUser currentUser, PartnershipPersonRepository people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    public boolean canEdit(long partnershipId) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        // Both: listed as the partnership's coordinator, and still holding the coordinator role, so that an
        // administrator who takes the role away takes the edit rights with it.
        return currentUser.hasRole(Role.COORDINATOR) && currentUser.accountId()
                .map(id -> people.existsByPartnershipIdAndUserIdAndRole(partnershipId, id, PersonRole.COORDINATOR))
                .orElse(false);
    }

    /**
     * Whether the signed-in coordinator (role and listing, as for editing) coordinates a partnership the account
     * takes part in: then they may send its invitation again.
     */
    @Override
    public boolean coordinatedByCurrentUser(long accountId) {
        return currentUser.hasRole(Role.COORDINATOR) && currentUser.accountId()
                .map(me -> people.isCoordinatedBy(accountId, me)).orElse(false);
    }

    /** Administrators see account details (usernames) that others do not. */
    public boolean isAdministrator() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** Members and coordinators of the partnership, and admins. */
    public boolean belongsTo(long partnershipId) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return currentUser.accountId().map(id -> people.existsByPartnershipIdAndUserId(partnershipId, id))
                .orElse(false);
    }

    /** The partnerships the signed-in person takes part in (as coordinator or member). */
    public java.util.List<Long> partnershipsOfCurrentUser() {
        return currentUser.accountId().map(id -> people.findByUserId(id).stream()
                .map(PartnershipPerson::getPartnershipId).distinct().toList()).orElse(java.util.List.of());
    }

    public void requireCanEdit(long partnershipId) {
        if (!canEdit(partnershipId)) {
            throw new AccessDeniedException("not a coordinator of partnership " + partnershipId);
        }
    }
}
