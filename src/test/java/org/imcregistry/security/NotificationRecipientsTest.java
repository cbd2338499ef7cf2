package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Who a feature may write to: enabled accounts with an address that did not switch the topic off, in their language. */
@IntegrationTest
class NotificationRecipientsTest {

    @Autowired
    NotificationRecipients recipients;
    @Autowired
    InitialAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    long member;
    long editor;
    long juror;

    @BeforeEach
    void demoPeople() {
        member = accounts.idOf("member").orElseThrow();
        editor = accounts.idOf("editor").orElseThrow();
        juror = accounts.idOf("juror").orElseThrow();
        // scheduled work asks with nobody signed in
        securityContext.clearContext();
        restore();
    }

    @AfterEach
    void restore() {
        jdbc.update("delete from notification_settings");
        jdbc.update("update user_account set enabled = true, preferred_locale = null where username in"
                + " ('member', 'editor', 'juror')");
        jdbc.update("update user_account set email = username || '@demo.imc-registry.org' where username in"
                + " ('member', 'editor', 'juror')");
    }

    @Test
    void everyoneWithAnAddressGetsEveryTopicUntilTheySwitchItOffInTheirOwnLanguage() {
        assertThat(recipients.mailRecipients(List.of(member, editor, juror, 999_999L), NotificationTopic.JURY))
                .containsExactly(new MailRecipient(member, "member@demo.imc-registry.org", "Jan Kowalski", Locale.ENGLISH),
                        new MailRecipient(editor, "editor@demo.imc-registry.org", "Eva Editor", Locale.ENGLISH),
                        new MailRecipient(juror, "juror@demo.imc-registry.org", "Ola Juror", Locale.ENGLISH));

        jdbc.update("update user_account set preferred_locale = 'nb' where id = ?", member);
        jdbc.update("update user_account set preferred_locale = 'pl' where id = ?", editor);
        jdbc.update("update user_account set preferred_locale = 'de' where id = ?", juror);
        assertThat(recipients.mailRecipients(List.of(member, editor, juror), NotificationTopic.RECORD_DECISIONS))
                .extracting(MailRecipient::locale)
                .containsExactly(Locale.forLanguageTag("nb"), Locale.forLanguageTag("pl"), Locale.ENGLISH);

        jdbc.update("insert into notification_settings (account_id, record_decisions, submissions, jury,"
                + " assessment_rounds, version) values (?, true, 'IMMEDIATELY', false, true, 0)", juror);
        assertThat(recipients.mailRecipients(List.of(member, juror), NotificationTopic.JURY))
                .extracting(MailRecipient::accountId).containsExactly(member);
        assertThat(recipients.mailRecipients(List.of(member, juror), NotificationTopic.ASSESSMENT_ROUNDS))
                .extracting(MailRecipient::accountId).containsExactly(member, juror);
    }

    @Test
    void disabledAccountsAndAccountsWithoutAnAddressAreLeftOut() {
        jdbc.update("update user_account set enabled = false where id = ?", member);
        jdbc.update("update user_account set email = null where id = ?", juror);
        assertThat(recipients.mailRecipients(List.of(member, editor, juror), NotificationTopic.RECORD_DECISIONS))
                .extracting(MailRecipient::accountId).containsExactly(editor);
    }

    @Test
    void editorsAreListedByHowTheyWantToHearOfSubmissions() {
        assertThat(recipients.editors(SubmissionAlerts.IMMEDIATELY)).extracting(MailRecipient::accountId).contains(editor)
                .doesNotContain(member, juror);
        jdbc.update("insert into notification_settings (account_id, record_decisions, submissions, jury,"
                + " assessment_rounds, version) values (?, true, 'DAILY_DIGEST', true, true, 0)", editor);
        assertThat(recipients.editors(SubmissionAlerts.DAILY_DIGEST)).extracting(MailRecipient::accountId)
                .contains(editor);
        assertThat(recipients.editors(SubmissionAlerts.IMMEDIATELY)).extracting(MailRecipient::accountId)
                .doesNotContain(editor);
        assertThat(recipients.mailRecipients(List.of(editor), NotificationTopic.SUBMISSIONS)).hasSize(1);
        jdbc.update("update notification_settings set submissions = 'OFF' where account_id = ?", editor);
        assertThat(recipients.editors(SubmissionAlerts.DAILY_DIGEST)).extracting(MailRecipient::accountId)
                .doesNotContain(editor);
        assertThat(recipients.mailRecipients(List.of(editor), NotificationTopic.SUBMISSIONS)).isEmpty();
    }
}
