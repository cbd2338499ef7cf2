package org.imcregistry.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.imcregistry.security.LinkPurpose;
import org.imcregistry.security.LinkState;
import org.imcregistry.security.MailedLinks;
import org.imcregistry.security.PasswordLinks;
import org.imcregistry.security.Role;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** An administrator invites, sends again, withdraws and sends reset links from the user list, each seen in its status. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserAdminViewTest extends BrowserlessTestSupport {

    @Autowired
    PasswordLinks links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    UserAdminView view;

    @Test
    void aNewUserIsInvitedByMailInTheChosenLanguageAndListedAsPending() {
        invite("grid.new", "nb");
        assertThat($(PasswordField.class).exists()).as("no password to type or hand over").isFalse();
        assertThat(jdbc.queryForObject("select subject from outbox_message where recipient = 'grid.new@example.org'",
                String.class)).isEqualTo("IMC-registeret: Du er invitert");
        assertThat(statusOf("grid.new")).isEqualTo("Invitation pending");
        assertThat(buttonsOf("grid.new")).contains("Send invitation again", "Withdraw invitation")
                .doesNotContain("Send a password reset link");

        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(statusOf("grid.new")).isEqualTo("Invitation expired");
        URI expired = MailedLinks.newestTo(jdbc, "grid.new@example.org");
        click("grid.new", "Send invitation again");
        assertThat(MailedLinks.newestTo(jdbc, "grid.new@example.org")).isNotEqualTo(expired);
        assertThat(statusOf("grid.new")).isEqualTo("Invitation pending");
    }

    @Test
    void withdrawingAnInvitationIsConfirmedFirstAndItsLinkThenSaysSo() {
        invite("grid.withdrawn", "en");
        URI link = MailedLinks.newestTo(jdbc, "grid.withdrawn@example.org");
        click("grid.withdrawn", "Withdraw invitation");
        ConfirmDialog question = $(ConfirmDialog.class).single();
        assertThat(test(question).getText()).contains("grid.withdrawn@example.org");
        test(question).cancel();
        assertThat(statusOf("grid.withdrawn")).isEqualTo("Invitation pending");

        click("grid.withdrawn", "Withdraw invitation");
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(statusOf("grid.withdrawn")).isEqualTo("Invitation withdrawn");
        assertThat(links.open(MailedLinks.token(link), LinkPurpose.INVITATION).state()).isEqualTo(LinkState.REVOKED);
        assertThat(buttonsOf("grid.withdrawn")).contains("Send invitation again").doesNotContain("Withdraw invitation");
    }

    @Test
    void aResetLinkIsSentOnlyAfterConfirmation() {
        invite("grid.reset", "en");
        String token = MailedLinks.token(MailedLinks.newestTo(jdbc, "grid.reset@example.org"));
        links.choosePassword(token, LinkPurpose.INVITATION, "first-choice-1", "first-choice-1");
        assertThat(statusOf("grid.reset")).isEqualTo("Active");

        click("grid.reset", "Send a password reset link");
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(MailedLinks.messagesTo(jdbc, "grid.reset@example.org")).as("cancelled: nothing sent").isEqualTo(1);
        click("grid.reset", "Send a password reset link");
        ConfirmDialog question = $(ConfirmDialog.class).last();
        assertThat(test(question).getText()).contains("grid.reset@example.org", "2 hours");
        test(question).confirm();
        assertThat(MailedLinks.newestTo(jdbc, "grid.reset@example.org").getPath()).startsWith("/reset-password/");
    }

    private void invite(String username, String language) {
        view = navigate(UserAdminView.class);
        test($(Button.class).withText("New user").single()).click();
        Dialog dialog = $(Dialog.class).single();
        $(TextField.class, dialog).withCaption("Username").single().setValue(username);
        $(TextField.class, dialog).withCaption("Name").single().setValue("Grid Person");
        $(EmailField.class, dialog).single().setValue(username + "@example.org");
        @SuppressWarnings("unchecked")
        Select<Locale> languages = $(Select.class, dialog).single();
        assertThat(languages.getValue()).as("the admin's own language to start with").isEqualTo(Locale.ENGLISH);
        languages.setValue(Locale.forLanguageTag(language));
        $(CheckboxGroup.class, dialog).single().setValue(Set.of(Role.MEMBER));
        test($(Button.class, dialog).withText("Send invitation").single()).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    /** The row of {@code username}, alone in the list once filtered by it. */
    private String statusOf(String username) {
        filterTo(username);
        return test(view.grid).getCellText(0, 3);
    }

    private List<String> buttonsOf(String username) {
        filterTo(username);
        Component actions = test(view.grid).getCellComponent(0, 4);
        return $(Button.class, actions).all().stream().map(Button::getText).toList();
    }

    private void click(String username, String button) {
        filterTo(username);
        test($(Button.class, test(view.grid).getCellComponent(0, 4)).withText(button).single()).click();
    }

    private void filterTo(String username) {
        view.filter.setValue(username);
        view.grid.getDataProvider().refreshAll();
        assertThat(test(view.grid).size()).isEqualTo(1);
    }
}
