package org.imcregistry.mail;

import java.util.Locale;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.common.SupportedLocales;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a letter out in the recipient's language: a subject naming the app (and the partnership), a plain-text
 * part with every address in full, and an HTML alternative with the same words, all user text escaped.
 */
@Component
class MailComposer {

    private final PublicLinks links;

    MailComposer(PublicLinks links) {
        this.links = links;
    }

    record Composed(String subject, String text, String html, Locale language) {
    }

    Composed compose(Letter letter) {
        Locale language = SupportedLocales.closest(letter.language());
        String app = MessageBundle.text("app.name", language);
        String topic = text(letter.subject(), language);
        String subject = letter.partnership() == null || letter.partnership().isBlank()
                ? MessageBundle.text("mail.subject", language, app, topic)
                : MessageBundle.text("mail.subject.partnership", language, app, letter.partnership().strip(), topic);
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.toLanguageTag())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject))
                .append("</title></head>\n<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">\n");
        String greeting = letter.toName() == null || letter.toName().isBlank()
                ? MessageBundle.text("mail.greeting.anonymous", language)
                : MessageBundle.text("mail.greeting", language, letter.toName().strip());
        paragraph(text, html, greeting);
        for (Letter.Part part : letter.body()) {
            switch (part) {
                case Letter.Paragraph p -> paragraph(text, html, text(p, language));
                case Letter.Quote q -> {
                    text.append(q.text().lines().map(l -> "> " + l).reduce((a, b) -> a + "\n" + b).orElse(""))
                            .append("\n\n");
                    html.append("<blockquote style=\"border-left:3px solid #ccc;margin-left:0;padding-left:1em\">")
                            .append(escape(q.text()).replace("\n", "<br>\n")).append("</blockquote>\n");
                }
                case Letter.Link l -> {
                    String label = MessageBundle.text(l.labelKey(), language);
                    text.append(label).append(":\n").append(l.url()).append("\n\n");
                    html.append("<p><a href=\"").append(escape(l.url().toString())).append("\">")
                            .append(escape(label)).append("</a></p>\n");
                }
            }
        }
        String signature = MessageBundle.text("mail.signature", language, app, links.home());
        text.append("-- \n").append(signature).append('\n');
        html.append("<hr><p style=\"color:#555;font-size:90%\">").append(escape(signature));
        // Every mail says where the privacy notice is: whoever receives one may not know the site at all.
        String privacy = MessageBundle.text("mail.privacy", language);
        text.append(privacy).append('\n').append(links.privacy()).append('\n');
        html.append("<br>\n<a href=\"").append(escape(links.privacy().toString())).append("\">").append(escape(privacy))
                .append("</a>");
        if (letter.unsubscribe() != null) {
            String why = MessageBundle.text("mail.unsubscribe", language);
            text.append(why).append('\n').append(letter.unsubscribe()).append('\n');
            html.append("<br>\n<a href=\"").append(escape(letter.unsubscribe().toString())).append("\">")
                    .append(escape(why)).append("</a>");
        }
        html.append("</p>\n</body></html>\n");
        return new Composed(subject, text.toString(), html.toString(), language);
    }

    private static String text(Letter.Part part, Locale language) {
        Letter.Paragraph p = (Letter.Paragraph) part;
        return MessageBundle.text(p.key(), language, p.args());
    }

    private static void paragraph(StringBuilder text, StringBuilder html, String paragraph) {
        text.append(paragraph).append("\n\n");
        html.append("<p>").append(escape(paragraph).replace("\n", "<br>\n")).append("</p>\n");
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
