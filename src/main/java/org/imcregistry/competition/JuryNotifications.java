package org.imcregistry.competition;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.mail.Letter;
import org.imcregistry.mail.MailKind;
import org.imcregistry.mail.Outbox;
import org.imcregistry.security.MailRecipient;
import org.imcregistry.security.NotificationRecipients;
import org.imcregistry.security.NotificationTopic;
import org.springframework.stereotype.Component;

/**
 * Mail to jurors, queued in the transaction that gives them work: entries assigned, and a judging deadline drawing
 * near ({@link JudgingDeadlineReminders}). Every edition is written to as if it were blind: the edition, how many
 * entries, the deadline and a link to the judging page, never an applicant, a record's title or anything else an
 * entry's redaction hides, so that a mailbox never undoes blind judging.
 */
@Component
class JuryNotifications {

    private final Outbox outbox;
    private final NotificationRecipients recipients;
    private final PublicLinks links;

    JuryNotifications(Outbox outbox, NotificationRecipients recipients, PublicLinks links) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.links = links;
    }

    /** One mail per juror for one assignment action: juror id → how many entries it gave them. */
    void assigned(Edition edition, Map<Long, Integer> entriesByJuror) {
        List<Long> given = entriesByJuror.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .toList();
        for (MailRecipient juror : recipients.mailRecipients(given, NotificationTopic.JURY)) {
            Letter.Builder letter = to(juror, MailKind.ENTRIES_ASSIGNED)
                    .subject("competition.mail.assigned.subject", label(edition))
                    .paragraph("competition.mail.assigned.text", label(edition),
                            Objects.requireNonNull(entriesByJuror.get(juror.accountId()), "recipients of given"));
            if (edition.judgingDeadline() != null) {
                letter.paragraph("competition.mail.deadline", edition.judgingDeadline().toString());
            }
            queue(letter.link("competition.mail.judge-link", judgingPage(edition)).build());
        }
    }

    /**
     * Reminds jurors with unscored entries of the edition's deadline: juror id → entries still to score. Returns the
     * jurors written to; the others (switched off, no address) are asked again on the next run.
     */
    List<Long> remind(Edition edition, Map<Long, Integer> openByJuror) {
        List<MailRecipient> jurors = recipients.mailRecipients(openByJuror.keySet(), NotificationTopic.JURY).stream()
                .filter(j -> Outbox.isAddress(j.address())).toList();
        String deadline = Objects.requireNonNull(edition.judgingDeadline(),
                "reminders are for editions with a deadline").toString();
        for (MailRecipient juror : jurors) {
            queue(to(juror, MailKind.JUDGING_DEADLINE)
                    .subject("competition.mail.deadline.subject", label(edition), deadline)
                    .paragraph("competition.mail.deadline.text", label(edition), deadline,
                            Objects.requireNonNull(openByJuror.get(juror.accountId()), "recipients of the keys"))
                    .link("competition.mail.judge-link", judgingPage(edition)).build());
        }
        return jurors.stream().map(MailRecipient::accountId).toList();
    }

    /** The edition as the manager named it; the year as text, so that no language writes it "2 026". */
    private static String label(Edition edition) {
        return edition.name() + " " + edition.year();
    }

    private URI judgingPage(Edition edition) {
        return links.path("competitions/" + edition.id() + "/judge");
    }

    private Letter.Builder to(MailRecipient juror, MailKind kind) {
        return Letter.to(juror.address(), juror.displayName(), juror.locale(), kind).unsubscribe(links.path("account"));
    }

    /** The outbox refuses an address that cannot take mail inside our transaction, so such a juror is skipped here. */
    private void queue(Letter letter) {
        if (Outbox.isAddress(letter.to())) {
            outbox.queue(letter);
        }
    }
}
