package org.imcregistry.practice;

import org.imcregistry.common.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's confirmation that the persons named in a record's contact details agreed to be shown to the public
 * (a checkbox in the editor). Without it the details are for signed-in users only; changing them withdraws it.
 */
@Service
public class ContactConsent {

    private final PracticeRepository practices;
    private final PracticeAccess access;
    private final ApplicationEventPublisher events;

    ContactConsent(PracticeRepository practices, PracticeAccess access, ApplicationEventPublisher events) {
        this.practices = practices;
        this.access = access;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void confirm(long id, boolean agreed) {
        Practice practice = practices.findById(id).filter(access::canEdit)
                .orElseThrow(() -> new UserFacingException("practice.error.not-editable"));
        if (practice.isContactConsented() != agreed) {
            practice.consentToContact(agreed);
            events.publishEvent(new PracticeChanged(id));
        }
    }
}
