package org.imcregistry.mail;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** The parts of a received message, for tests that read what a recipient reads. */
public final class MailParts {

    private MailParts() {
    }

    public static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain");
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
