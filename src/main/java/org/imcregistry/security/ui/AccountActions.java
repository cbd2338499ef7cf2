package org.imcregistry.security.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.InvitationStatus;
import org.imcregistry.security.Invitations;
import org.imcregistry.security.UserAdministration;
import org.imcregistry.ui.Notifications;

/**
 * The buttons of one row of the user list. Someone still invited gets their invitation again (or it is withdrawn);
 * everyone else can be sent a reset link. What mails a person a way in, or stops them, is confirmed first.
 */
class AccountActions {

    private final UserAdministration administration;
    private final Invitations invitations;
    private final Runnable onChanged;

    AccountActions(UserAdministration administration, Invitations invitations, Runnable onChanged) {
        this.administration = administration;
        this.invitations = invitations;
        this.onChanged = onChanged;
    }

    HorizontalLayout of(AccountSummary account, @Nullable InvitationStatus invitation) {
        List<Button> buttons = new ArrayList<>();
        buttons.add(new Button(t("admin.users.edit"),
                e -> new AccountDialog(administration, account, onChanged).open()));
        if (account.enabled() && invitation != null) {
            // Sending again replaces a link nobody used; no need to ask.
            buttons.add(new Button(t("invitation.resend"), e -> run(() -> invitations.resend(account.id(), null),
                    t("invitation.resent", account.displayName()))));
            if (invitation == InvitationStatus.PENDING) {
                buttons.add(new Button(t("invitation.revoke"), e -> confirm(account, "admin.users.confirm.revoke",
                        "invitation.revoke", true, () -> invitations.revoke(account.id()),
                        t("invitation.revoked", account.displayName()))));
            }
        } else if (account.enabled()) {
            buttons.add(new Button(t("admin.users.reset-password"), e -> confirm(account,
                    "admin.users.confirm.reset-link", "admin.users.reset-password.send", false,
                    () -> administration.sendPasswordResetLink(account.id()),
                    t("admin.users.password-reset", account.displayName(), account.email()))));
        }
        boolean enable = !account.enabled();
        String toggle = enable ? "enable" : "disable";
        buttons.add(new Button(t("admin.users." + toggle), e -> confirm(account, "admin.users.confirm." + toggle,
                "admin.users." + toggle, !enable, () -> administration.setEnabled(account.id(), enable),
                t(enable ? "admin.users.enabled" : "admin.users.disabled", account.username()))));
        buttons.forEach(b -> b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL));
        return new HorizontalLayout(buttons.toArray(Button[]::new));
    }

    /** Asks with {@code question}.title and .text (name, username, address), then runs and reports {@code done}. */
    private void confirm(AccountSummary account, String question, String confirmKey, boolean destructive,
            Runnable action, String done) {
        ConfirmDialog dialog = new ConfirmDialog(t(question + ".title"), t(question + ".text", account.displayName(),
                account.username(), account.email() == null ? "—" : account.email()), t(confirmKey),
                e -> run(action, done));
        dialog.setCancelable(true);
        dialog.setCancelText(t("common.cancel"));
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
    }

    private void run(Runnable action, String done) {
        action.run();
        Notifications.success(done);
        onChanged.run();
    }

    private static String t(String key, @Nullable Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
