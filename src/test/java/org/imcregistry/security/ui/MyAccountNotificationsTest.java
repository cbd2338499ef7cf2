package org.imcregistry.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.imcregistry.IntegrationTest;
import org.imcregistry.security.InitialAccounts;
import org.imcregistry.security.MyAccount;
import org.imcregistry.security.NotificationPreferences;
import org.imcregistry.security.NotificationRecipients;
import org.imcregistry.security.NotificationTopic;
import org.imcregistry.security.SubmissionAlerts;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** "E-mail notifications" in My account: each person sees the kinds they can get, and what they switch off stays off. */
@IntegrationTest
class MyAccountNotificationsTest extends BrowserlessTestSupport {

    @Autowired
    MyAccount myAccount;
    @Autowired
    NotificationRecipients recipients;
    @Autowired
    InitialAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void defaults() {
        jdbc.update("delete from notification_settings");
    }

    @Test
    @WithUserDetails("editor")
    void anEditorChoosesTheDailyDigestAndSwitchesDecisionsOffAndBothAreSaved() {
        NotificationSettingsForm form = open();
        assertThat(form.getElement().getTextRecursively()).contains(text("account.notifications.heading"));
        assertThat(form.recordDecisions.getValue()).as("on by default").isTrue();
        assertThat(form.submissions.isVisible()).isTrue();
        assertThat(form.submissions.getValue()).isEqualTo(SubmissionAlerts.IMMEDIATELY);
        assertThat(form.jury.isVisible()).as("jurors only").isFalse();
        assertThat(form.assessmentRounds.isVisible()).as("coordinators only").isFalse();

        test(form.recordDecisions).click();
        form.submissions.setValue(SubmissionAlerts.DAILY_DIGEST);
        test(form.save).click();

        assertThat(myAccount.notificationPreferences()).isEqualTo(new NotificationPreferences(false,
                SubmissionAlerts.DAILY_DIGEST, true, true));
        long editor = accounts.idOf("editor").orElseThrow();
        assertThat(recipients.mailRecipients(List.of(editor), NotificationTopic.RECORD_DECISIONS)).isEmpty();
        assertThat(recipients.editors(SubmissionAlerts.DAILY_DIGEST)).extracting(r -> r.accountId()).contains(editor);
        NotificationSettingsForm again = open();
        assertThat(again.recordDecisions.getValue()).as("shown as saved").isFalse();
        assertThat(again.submissions.getValue()).isEqualTo(SubmissionAlerts.DAILY_DIGEST);
    }

    @Test
    @WithUserDetails("juror")
    void aJurorSwitchesJuryMailOff() {
        NotificationSettingsForm form = open();
        assertThat(form.jury.isVisible()).isTrue();
        assertThat(form.submissions.isVisible()).isFalse();
        test(form.jury).click();
        test(form.save).click();
        long juror = accounts.idOf("juror").orElseThrow();
        assertThat(recipients.mailRecipients(List.of(juror), NotificationTopic.JURY)).isEmpty();
        assertThat(recipients.mailRecipients(List.of(juror), NotificationTopic.RECORD_DECISIONS)).hasSize(1);
    }

    @Test
    @WithUserDetails("coordinator")
    void aCoordinatorSeesAssessmentRoundsAndWhatEveryoneGets() {
        NotificationSettingsForm form = open();
        assertThat(form.recordDecisions.isVisible()).isTrue();
        assertThat(form.assessmentRounds.isVisible()).isTrue();
        assertThat(form.submissions.isVisible()).isFalse();
        assertThat(form.jury.isVisible()).isFalse();
        test(form.assessmentRounds).click();
        test(form.save).click();
        assertThat(myAccount.notificationPreferences().assessmentRounds()).isFalse();
    }

    private NotificationSettingsForm open() {
        UI.getCurrent().navigate(MyAccountView.class);
        return $(NotificationSettingsForm.class).single();
    }
}
