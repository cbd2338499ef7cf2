package org.imcregistry.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.net.URI;
import java.util.Locale;
import org.imcregistry.IntegrationTest;
import org.imcregistry.mail.Letter;
import org.imcregistry.mail.MailKind;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.mail.Outbox;
import org.imcregistry.mail.OutgoingMail;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.RegisterFilter;
import org.springframework.security.access.AccessDeniedException;
import org.imcregistry.security.Role;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * On the embedded default (no mail server) an administrator reads every message in full, links clickable; a
 * coordinator only those sent for their partnership.
 */
@IntegrationTest
class OutgoingMailViewTest extends BrowserlessTestSupport {

    @Autowired
    Outbox outbox;
    @Autowired
    OutgoingMail outgoing;
    @Autowired
    PartnershipRegister register;

    @Test
    @WithUserDetails("admin")
    void anAdministratorFindsAMessageAndFollowsItsLink() {
        outbox.queue(Letter.to("reader.view@example.org", "Rita Reader", Locale.ENGLISH, MailKind.PASSWORD_RESET)
                .subject("round.mail.reminder.subject", "Mail view test")
                .link("round.mail.link", URI.create("http://localhost:8080/respond/abc")).build());
        UI.getCurrent().navigate(OutgoingMailView.class);
        OutgoingMailView view = (OutgoingMailView) getCurrentView();
        assertThat(view.getElement().getTextRecursively()).contains("No mail server is set up");
        test(view.filter).setValue("reader.view");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("IMC Registry: Reminder: Mail view test");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Kept (no mail server)");
        test(view.grid).clickRow(0);
        MailMessageDialog dialog = $(MailMessageDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("Hello Rita Reader,", "Open your answer form:");
        assertThat($(Anchor.class, dialog).all()).extracting(Anchor::getHref)
                .containsExactly("http://localhost:8080/respond/abc", "http://localhost:8080/privacy");
    }

    @Test
    @WithUserDetails("coordinator")
    void aCoordinatorReadsOnlyTheMailOfTheirOwnPartnershipAndOthersNone() {
        long sogn = register.find(new RegisterFilter("Sogn regionråd", null, null, null, null, null), 0, 1)
                .getFirst().id();
        long krakow = register.find(new RegisterFilter("Stowarzyszenie Metropolia Krakowska", null, null, null, null,
                null), 0, 1).getFirst().id();
        outbox.queue(letter("ours.scope@example.org").readableByCoordinatorsOf(sogn).build());
        long theirs = outbox.queue(letter("theirs.scope@example.org").readableByCoordinatorsOf(krakow).build());
        long adminsOnly = outbox.queue(letter("admins.scope@example.org").build());
        UI.getCurrent().navigate(OutgoingMailView.class);
        OutgoingMailView view = (OutgoingMailView) getCurrentView();
        test(view.filter).setValue(".scope@");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("ours.scope@example.org");
        for (long other : new long[] {theirs, adminsOnly}) {
            assertThatThrownBy(() -> outgoing.message(other)).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> outgoing.resend(other)).isInstanceOf(UserFacingException.class);
        }

        signInAs(Role.EDITOR);
        UI.getCurrent().navigate(OutgoingMailView.class);
        assertThat(getCurrentView()).isNotInstanceOf(OutgoingMailView.class);
        signInAs(Role.MEMBER);
        assertThatThrownBy(() -> outgoing.find(null, "", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private static Letter.Builder letter(String to) {
        return Letter.to(to, null, Locale.ENGLISH, MailKind.PASSWORD_RESET).subject("round.mail.reminder.subject",
                "Scope test");
    }
}
