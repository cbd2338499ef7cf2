package org.imcregistry.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.imcregistry.mail.OutgoingMail;
import org.imcregistry.mail.OutgoingMail.MailMessage;
import org.imcregistry.ui.Notifications;

/** One message in full: headers, delivery record, and the plain-text body with its links clickable. */
class MailMessageDialog extends Dialog {

    MailMessageDialog(OutgoingMail mail, MailMessage message, Runnable changed, OutgoingMailView.TimeText time) {
        setHeaderTitle(message.row().subject());
        setWidth("min(52rem, 95vw)");
        FormLayout headers = new FormLayout();
        headers.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        headers.addFormItem(new Span(message.row().recipient()), getTranslation("mail.admin.recipient"));
        headers.addFormItem(new Span(getTranslation("mail.status." + message.row().status().name())),
                getTranslation("mail.admin.status"));
        headers.addFormItem(new Span(time.format(message.row().createdAt())), getTranslation("mail.admin.created"));
        headers.addFormItem(new Span(message.row().sentAt() == null ? getTranslation("mail.admin.not-sent")
                : time.format(message.row().sentAt())), getTranslation("mail.admin.sent"));
        headers.addFormItem(new Span(String.valueOf(message.row().attempts())), getTranslation("mail.admin.attempts"));
        headers.addFormItem(new Span(message.language()), getTranslation("mail.admin.language"));
        headers.addFormItem(new Span(message.messageId()), getTranslation("mail.admin.message-id"));
        if (message.row().lastError() != null) {
            headers.addFormItem(new Span(message.row().lastError()), getTranslation("mail.admin.error"));
        }
        add(headers, body(message.text()));
        boolean deleted = message.text().isEmpty();
        if (deleted) {
            add(new Span(getTranslation("mail.error.body-deleted")));
        }
        Button resend = new Button(getTranslation("mail.admin.resend"), e -> {
            mail.resend(message.row().id());
            Notifications.success(getTranslation("mail.admin.resent", message.row().recipient()));
            changed.run();
            close();
        });
        resend.setEnabled(!deleted);
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(resend, close);
    }

    /** The text as sent, line by line; a line that is an address becomes a link that can be followed. */
    private static Div body(String text) {
        Div body = new Div();
        body.addClassName("mail-body");
        body.getStyle().set("white-space", "pre-wrap").set("font-family", "monospace")
                .set("border-top", "1px solid var(--vaadin-border-color, #ddd)").set("padding-top", "1em");
        for (String line : text.split("\n", -1)) {
            if (line.matches("https?://\\S+")) {
                body.add(new Anchor(line, line));
            } else {
                body.add(new Span(line));
            }
            body.add(new Span("\n"));
        }
        return body;
    }
}
