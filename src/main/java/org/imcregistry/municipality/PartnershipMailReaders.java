package org.imcregistry.municipality;

import java.util.Set;
import java.util.stream.Collectors;
import org.imcregistry.mail.MailReaders;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.springframework.stereotype.Component;

/** Administrators read all outgoing mail; a coordinator reads the mail sent for the partnerships they coordinate. */
@Component
class PartnershipMailReaders implements MailReaders {

    private final CurrentUser currentUser;
    private final PartnershipAccess access;

    PartnershipMailReaders(CurrentUser currentUser, PartnershipAccess access) {
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    public boolean readsAll() {
        return currentUser.hasRole(Role.ADMIN);
    }

    @Override
    public Set<Long> readablePartnerships() {
        return access.partnershipsOfCurrentUser().stream().filter(access::canEdit).collect(Collectors.toSet());
    }
}
