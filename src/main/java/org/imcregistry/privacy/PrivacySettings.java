package org.imcregistry.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is responsible for the personal data (the association that runs the site, the GDPR's controller) and how to
 * reach them about it, as the operator configures them (README, "Configuration"); blank until set, which the notice
 * says rather than inventing a name.
 */
@Component
public class PrivacySettings {

    private final String controllerName;
    private final String controllerContact;
    private final int respondentMonths;

    PrivacySettings(@Value("${imc.privacy.controller-name:}") String controllerName,
            @Value("${imc.privacy.controller-contact:}") String controllerContact,
            @Value("${imc.privacy.respondent-months:12}") int respondentMonths) {
        this.controllerName = controllerName.strip();
        this.controllerContact = controllerContact.strip();
        this.respondentMonths = respondentMonths;
    }

    public String controllerName() {
        return controllerName;
    }

    public String controllerContact() {
        return controllerContact;
    }

    /** Months after a round closes when respondents without accounts are anonymised. */
    public int respondentMonths() {
        return respondentMonths;
    }
}
