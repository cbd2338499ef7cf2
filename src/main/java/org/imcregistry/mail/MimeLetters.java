package org.imcregistry.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.MimeMessageHelper;

/** An outbox message as it goes over SMTP: text and HTML alternative, its own Message-ID, and the headers. */
final class MimeLetters {

    private final String from;

    MimeLetters(String from) {
        this.from = from;
    }

    MimeMessage mime(Session session, OutboxMessage message) throws MessagingException {
        String messageId = message.getMessageId();
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // stable across attempts, so duplicates are recognisable
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(new InternetAddress(from, false));
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getTextBody(), message.getHtmlBody());
        mime.setHeader("Content-Language", message.getLanguage());
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (message.getListUnsubscribe() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.getListUnsubscribe() + ">");
        }
        return mime;
    }
}
