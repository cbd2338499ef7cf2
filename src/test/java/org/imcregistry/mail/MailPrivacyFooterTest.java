package org.imcregistry.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import org.imcregistry.common.PublicLinks;
import org.junit.jupiter.api.Test;

/** Every mail, in each language, ends with the address of the privacy notice, in the text and the HTML part. */
class MailPrivacyFooterTest {

    private final MailComposer composer = new MailComposer(new PublicLinks("https://imc.example.org"));

    @Test
    void everyMailLinksToThePrivacyNotice() {
        for (String language : new String[] {"en", "nb", "pl"}) {
            MailComposer.Composed mail = composer.compose(Letter.to("a@example.org", "A", Locale.forLanguageTag(language),
                    MailKind.PASSWORD_RESET).subject("link.mail.reset.subject")
                    .link("link.mail.reset.link", URI.create("https://imc.example.org/reset-password/x")).build());
            assertThat(mail.text()).as(language).contains("https://imc.example.org/privacy");
            assertThat(mail.html()).as(language).contains("<a href=\"https://imc.example.org/privacy\">");
        }
        assertThat(composer.compose(Letter.to("a@example.org", null, Locale.ENGLISH, MailKind.PASSWORD_RESET)
                .subject("link.mail.reset.subject").build()).text()).contains("How we handle personal data:");
    }
}
