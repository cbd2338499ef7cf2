package org.imcregistry.ui;

import org.imcregistry.common.UserFacingException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and refusals, always in the user's language. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** Shows the translated text of a refusal the user can act on. */
    public static void refused(UserFacingException refusal) {
        error(UI.getCurrent().getTranslation(refusal.messageKey(), refusal.arguments()));
    }
}
