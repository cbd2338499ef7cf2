package org.imcregistry.mail;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;

/** What a GreenMail test reads of a received message: to whom, and its plain-text and HTML parts. */
public final class ReceivedMail {

    private ReceivedMail() {
    }

    /** The messages among {@code received} addressed to {@code address}. */
    public static List<MimeMessage> to(MimeMessage[] received, String address) {
        return Arrays.stream(received).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
    }

    /** The subject, for filters in streams (no checked exception). */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first recipient's address. */
    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, with the CRLF line ends of SMTP read back as plain line feeds. */
    public static String text(MimeMessage message) throws Exception {
        String text = part(message, "text/plain");
        return text == null ? null : text.replace("\r\n", "\n");
    }

    public static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    public static String part(MimeMessage message, String type) throws Exception {
        return find(message.getContent(), type);
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
                String inner = find(part.getContent(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
