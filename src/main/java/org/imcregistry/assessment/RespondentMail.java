package org.imcregistry.assessment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.common.SecretTokens;
import org.imcregistry.mail.Letter;
import org.imcregistry.mail.MailKind;
import org.imcregistry.mail.Outbox;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.security.AccountDirectory;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.SystemTasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails that ask a respondent for answers: the invitation and the reminders. Each carries a new personal
 * link (a fresh token, only its hash kept), in the respondent's language, with the partnership in the subject.
 */
@Component
class RespondentMail {

    /** Where the answer form of a personal link is. */
    static final String ROUTE = "respond/";

    private final Outbox outbox;
    private final RespondentLinkRepository links;
    private final PublicLinks publicLinks;
    private final AccountDirectory accounts;
    private final PartnershipRegister register;
    private final SystemTasks system;
    private final Clock clock;
    private final int respondentMonths;

    RespondentMail(Outbox outbox, RespondentLinkRepository links, PublicLinks publicLinks, AccountDirectory accounts,
            PartnershipRegister register, SystemTasks system, Clock clock,
            @Value("${imc.privacy.respondent-months:12}") int respondentMonths) {
        this.respondentMonths = respondentMonths;
        this.outbox = outbox;
        this.links = links;
        this.publicLinks = publicLinks;
        this.accounts = accounts;
        this.register = register;
        this.system = system;
        this.clock = clock;
    }

    /** Where to write to: the address entered by the coordinator, or the account's. */
    private record Addressee(String address, @Nullable String name, Locale language) {
    }

    /** What every mail of a round names: looked up once for all the round's respondents. */
    record RoundContext(AssessmentRound round, String partnership, Map<Long, String> municipalities) {
    }

    RoundContext context(AssessmentRound round) {
        return system.run(() -> {
            var details = register.details(round.getPartnershipId());
            Map<Long, String> names = new HashMap<>();
            details.members().forEach(m -> names.put(m.municipality().id(), m.municipality().name()));
            return new RoundContext(round, details.row().name(), names);
        });
    }

    /** Sends the invitation with a link; false (and nothing sent) when there is no address to send it to. */
    boolean invite(RoundContext round, Respondent respondent) {
        return send(round, respondent, MailKind.ROUND_INVITATION);
    }

    /** Sends a reminder with a link; false when there is no address. Records when. */
    boolean remind(RoundContext round, Respondent respondent) {
        boolean sent = send(round, respondent, MailKind.ROUND_REMINDER);
        if (sent) {
            respondent.reminded(clock.instant());
        }
        return sent;
    }

    private boolean send(RoundContext context, Respondent respondent, MailKind kind) {
        AssessmentRound round = context.round();
        Optional<Addressee> to = system.run(() -> addressee(respondent));
        if (to.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        String token = SecretTokens.newToken();
        links.save(new RespondentLink(respondent.getId(), SecretTokens.hash(token), now));
        if (kind == MailKind.ROUND_INVITATION) {
            respondent.invited(now);
        }
        Locale language = to.get().language();
        String partnership = context.partnership();
        String municipality = context.municipalities().get(respondent.getMunicipalityId());
        String group = MessageBundle.text("respondent.group." + respondent.getGroup().name(), language);
        String deadline = round.getDeadline() == null ? null : round.getDeadline().toString();
        boolean invitation = kind == MailKind.ROUND_INVITATION;
        Letter.Builder letter = Letter.to(to.get().address(), to.get().name(), language, kind)
                .partnership(partnership)
                .subject(invitation ? "round.mail.invitation.subject" : "round.mail.reminder.subject", round.getTitle());
        if (invitation) {
            letter.paragraph("round.mail.invitation.text", partnership, round.getTitle(), group,
                    municipality == null ? "—" : municipality);
            letter.paragraph(deadline == null ? "round.mail.invitation.how" : "round.mail.invitation.how-deadline",
                    deadline == null ? "" : deadline);
        } else {
            letter.paragraph(deadline == null ? "round.mail.reminder.text-open" : "round.mail.reminder.text",
                    round.getTitle(), deadline == null ? "" : deadline);
        }
        URI link = publicLinks.path(ROUTE + token);
        outbox.queue(letter.link("round.mail.link", link)
                .paragraph("round.mail.personal")
                // why this person got the mail and how to object (GDPR Art. 14 and 21): their address was entered
                .paragraph("round.mail.why", partnership, respondentMonths)
                .paragraph("round.mail.object", partnership)
                .unsubscribe(publicLinks.path(ROUTE + token + "/no-reminders"))
                .readableByCoordinatorsOf(round.getPartnershipId())
                .build());
        return true;
    }

    private Optional<Addressee> addressee(Respondent respondent) {
        if (!respondent.hasAccount()) {
            return Optional.of(new Addressee(Objects.requireNonNull(respondent.getEmail(), "someone without an account is asked by address"), respondent.getDisplayName(),
                    Locale.forLanguageTag(respondent.getLanguage() == null ? "en" : respondent.getLanguage())));
        }
        AccountSummary account = accounts.byIds(List.of(respondent.getUserId())).get(respondent.getUserId());
        if (account == null || !account.enabled() || account.email() == null || !Outbox.isAddress(account.email())) {
            return Optional.empty();
        }
        return Optional.of(new Addressee(account.email(), account.displayName(),
                Locale.forLanguageTag(account.preferredLocale() == null ? "en" : account.preferredLocale())));
    }
}
