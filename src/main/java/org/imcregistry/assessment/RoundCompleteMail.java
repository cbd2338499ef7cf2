package org.imcregistry.assessment;

import java.util.List;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.mail.Letter;
import org.imcregistry.mail.MailKind;
import org.imcregistry.mail.Outbox;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PersonRole;
import org.imcregistry.security.NotificationRecipients;
import org.imcregistry.security.MailRecipient;
import org.imcregistry.security.NotificationTopic;
import org.imcregistry.security.SystemTasks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the partnership's coordinators when the last respondent of a round has submitted, so they can agree the
 * scores. Written in the submitting transaction: the mail exists exactly when the last submission does.
 */
@Component
class RoundCompleteMail {

    private final AssessmentRoundRepository rounds;
    private final PartnershipRegister register;
    private final NotificationRecipients recipients;
    private final Outbox outbox;
    private final PublicLinks links;
    private final SystemTasks system;

    RoundCompleteMail(AssessmentRoundRepository rounds, PartnershipRegister register, NotificationRecipients recipients,
            Outbox outbox, PublicLinks links, SystemTasks system) {
        this.rounds = rounds;
        this.register = register;
        this.recipients = recipients;
        this.outbox = outbox;
        this.links = links;
        this.system = system;
    }

    @EventListener
    void everyoneSubmitted(AnswerTaking.EveryoneSubmitted event) {
        AssessmentRound round = rounds.findById(event.roundId()).orElseThrow();
        system.run(() -> {
            PartnershipDetails partnership = register.details(round.getPartnershipId());
            List<Long> coordinators = partnership.people().stream()
                    .filter(p -> p.role() == PersonRole.COORDINATOR).map(PartnershipDetails.Person::accountId).toList();
            for (MailRecipient coordinator : recipients.mailRecipients(coordinators, NotificationTopic.ASSESSMENT_ROUNDS)) {
                if (Outbox.isAddress(coordinator.address())) {
                    outbox.queue(Letter.to(coordinator.address(), coordinator.displayName(), coordinator.locale(),
                                    MailKind.ROUND_COMPLETE)
                            .partnership(partnership.row().name())
                            .subject("round.mail.complete.subject", round.getTitle())
                            .paragraph("round.mail.complete.text", round.getTitle())
                            .link("round.mail.complete.link", links.path("assessments/" + round.getId() + "/consensus"))
                            .unsubscribe(links.path("account"))
                            .build());
                }
            }
        });
    }
}
