package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.MutableClock;
import org.imcregistry.mail.MailIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Invitation and reset mails as people receive them, over SMTP: in the person's language, with an absolute link
 * that opens their account, and no more reset mails than the throttle allows.
 */
@MailIntegrationTest
class AccountLinkMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(MailIntegrationTest.SMTP);

    @Autowired
    UserAdministration administration;
    @Autowired
    PasswordLinks passwordLinks;
    @Autowired
    PasswordResets resets;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    WebApplicationContext context;
    @Autowired
    MutableClock clock;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | IMC Registry: You are invited   | Ada Admin has invited you to IMC Registry | Your username is {0}.
            nb | IMC-registeret: Du er invitert  | Ada Admin har invitert deg til IMC-registeret | Brukernavnet ditt er {0}.
            pl | Rejestr IMC: Zaproszenie        | Ada Admin zaprasza Cię do Rejestru IMC | Twoja nazwa użytkownika to {0}.
            """)
    void anInvitationIsInTheInviteesLanguageAndItsLinkOpensTheAccount(String language, String subject,
            String invitedBy, String username) throws Exception {
        String name = "mail.invitee." + language;
        invite(name, Locale.forLanguageTag(language));
        MimeMessage mail = received(1).getFirst();
        assertThat(mail.getSubject()).isEqualTo(subject);
        String text = part(mail, "text/plain");
        assertThat(text).contains(invitedBy, username.replace("{0}", name));
        URI link = MailedLinks.in(text);
        assertThat(link.toString()).startsWith("https://imc.example.org/invitation/");
        assertThat(part(mail, "text/html")).contains("<a href=\"" + link + "\">");

        assertThat(passwordLinks.open(MailedLinks.token(link), LinkPurpose.INVITATION))
                .isEqualTo(new PasswordLinks.Opened(LinkState.VALID, name, "Person " + language));
        passwordLinks.choosePassword(MailedLinks.token(link), LinkPurpose.INVITATION, "chosen-by-me-1",
                "chosen-by-me-1");
        MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                .perform(formLogin("/login").user(name).password("chosen-by-me-1")).andExpect(redirectedUrl("/"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | IMC Registry: Choose a new password   | Someone, most likely you, asked for a new password
            nb | IMC-registeret: Velg et nytt passord  | Noen, sannsynligvis du, har bedt om et nytt passord
            pl | Rejestr IMC: Ustaw nowe hasło          | Ktoś, najpewniej Ty, poprosił o nowe hasło
            """)
    void aResetMailIsInTheAccountsLanguageWhateverThePageWasIn(String language, String subject, String opening)
            throws Exception {
        String name = "mail.reset." + language;
        acceptedAccount(name, Locale.forLanguageTag(language));
        anonymously(() -> resets.request(addressOf(name), Locale.GERMAN));
        MimeMessage mail = received(2).get(1);
        assertThat(mail.getSubject()).isEqualTo(subject);
        String text = part(mail, "text/plain");
        assertThat(text).contains(opening, name);
        URI link = MailedLinks.in(text);
        assertThat(link.toString()).startsWith("https://imc.example.org/reset-password/");
        passwordLinks.choosePassword(MailedLinks.token(link), LinkPurpose.PASSWORD_RESET, "new-by-link-1",
                "new-by-link-1");
        MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                .perform(formLogin("/login").user(name).password("new-by-link-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theFourthResetRequestWithinAnHourSendsNothing() throws Exception {
        acceptedAccount("mail.throttled", Locale.ENGLISH);
        for (int i = 0; i < 4; i++) {
            anonymously(() -> resets.request(addressOf("mail.throttled").toUpperCase(Locale.ROOT), Locale.ENGLISH));
        }
        assertThat(received(1 + 3)).hasSize(4);
        assertThat(smtp.waitForIncomingEmail(2_000, 5)).as("no fourth reset mail").isFalse();

        clock.advance(Duration.ofHours(1));
        anonymously(() -> resets.request(addressOf("mail.throttled"), Locale.ENGLISH));
        assertThat(smtp.waitForIncomingEmail(10_000, 5)).as("an hour later, again").isTrue();
    }

    @Test
    void anAccountGetsNoMoreThanThreeResetMailsAnHourWhateverAddressItIsAskedFor() throws Exception {
        AccountSummary account = acceptedAccount("mail.moved", Locale.ENGLISH);
        for (int i = 0; i < 3; i++) {
            anonymously(() -> resets.request(addressOf("mail.moved"), Locale.ENGLISH));
        }
        assertThat(received(1 + 3)).hasSize(4);
        as("admin", Role.ADMIN, () -> administration.update(account.id(), account.version(), account.displayName(),
                "moved@example.org", account.roles()));
        anonymously(() -> resets.request("moved@example.org", Locale.ENGLISH));
        assertThat(smtp.waitForIncomingEmail(2_000, 5)).as("the account's own throttle holds").isFalse();
    }

    private void invite(String username, Locale language) {
        as("admin", Role.ADMIN, () -> administration.create(new NewAccount(username, "Person " + language,
                addressOf(username), language, Set.of(Role.MEMBER))));
    }

    /** Invited, and the password chosen; read again, as choosing it changed the account. */
    private AccountSummary acceptedAccount(String username, Locale language) throws Exception {
        invite(username, language);
        URI link = MailedLinks.in(part(received(1).getFirst(), "text/plain"));
        passwordLinks.choosePassword(MailedLinks.token(link), LinkPurpose.INVITATION, "first-choice-1",
                "first-choice-1");
        return as("admin", Role.ADMIN, () -> administration.find(username, 0, 1).getFirst());
    }

    private static String addressOf(String username) {
        return username.replace('.', '-') + "@example.org";
    }

    private static List<MimeMessage> received(int count) {
        assertThat(smtp.waitForIncomingEmail(10_000, count)).as(count + " mails").isTrue();
        return Arrays.asList(smtp.getReceivedMessages());
    }

    private <T> T as(String username, Role role, java.util.function.Supplier<T> action) {
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            return action.get();
        } finally {
            securityContext.clearContext();
        }
    }

    /** As a visitor who is not signed in, the way the web layer presents one. */
    private void anonymously(Runnable action) {
        securityContext.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            action.run();
        } finally {
            securityContext.clearContext();
        }
    }

    private static String part(MimeMessage message, String type) throws Exception {
        return org.imcregistry.mail.ReceivedMail.part(message, type);
    }
}
