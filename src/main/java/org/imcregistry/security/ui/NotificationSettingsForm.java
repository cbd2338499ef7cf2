package org.imcregistry.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.MyAccount;
import org.imcregistry.security.NotificationPreferences;
import org.imcregistry.security.Role;
import org.imcregistry.security.SubmissionAlerts;
import org.imcregistry.ui.Notifications;

/**
 * "E-mail notifications" in My account: the non-essential kinds of mail, each offered only to those who can get
 * it. A choice that is not shown keeps its stored value, so a role given later starts from what was chosen.
 */
class NotificationSettingsForm extends FormLayout {

    private final MyAccount myAccount;
    final Checkbox recordDecisions = new Checkbox();
    final RadioButtonGroup<SubmissionAlerts> submissions = new RadioButtonGroup<>();
    final Checkbox jury = new Checkbox();
    final Checkbox assessmentRounds = new Checkbox();
    final Button save = new Button();

    NotificationSettingsForm(MyAccount myAccount, AccountSummary me) {
        this.myAccount = myAccount;
        setId("notifications");
        NotificationPreferences chosen = myAccount.notificationPreferences();
        addClassName("account-section"); // a section of its own below the password form, not glued to its button
        add(new H2(getTranslation("account.notifications.heading")),
                new Paragraph(getTranslation("account.notifications.explain")));
        if (me.email() == null || me.email().isBlank()) {
            Paragraph notice = new Paragraph(getTranslation("account.notifications.no-address"));
            notice.addClassName("notice");
            add(notice);
        }
        recordDecisions.setLabel(getTranslation("account.notifications.decisions"));
        recordDecisions.setValue(chosen.recordDecisions());
        add(recordDecisions);
        submissions.setLabel(getTranslation("account.notifications.submissions"));
        submissions.setItems(SubmissionAlerts.values());
        submissions.setItemLabelGenerator(a -> getTranslation("account.notifications.submissions." + a.name()));
        submissions.setValue(chosen.submissions());
        submissions.setVisible(me.roles().contains(Role.EDITOR));
        jury.setLabel(getTranslation("account.notifications.jury"));
        jury.setValue(chosen.jury());
        jury.setVisible(me.roles().contains(Role.JUROR));
        // Rounds are opened by coordinators, and by administrators for any partnership.
        assessmentRounds.setLabel(getTranslation("account.notifications.assessment"));
        assessmentRounds.setValue(chosen.assessmentRounds());
        assessmentRounds.setVisible(me.roles().contains(Role.COORDINATOR) || me.roles().contains(Role.ADMIN));
        save.setText(getTranslation("account.notifications.save"));
        save.addClickListener(e -> save());
        add(submissions, jury, assessmentRounds, save);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    private void save() {
        myAccount.saveNotificationPreferences(new NotificationPreferences(recordDecisions.getValue(),
                submissions.getValue() == null ? SubmissionAlerts.IMMEDIATELY : submissions.getValue(), jury.getValue(),
                assessmentRounds.getValue()));
        Notifications.success(getTranslation("account.notifications.saved"));
    }
}
