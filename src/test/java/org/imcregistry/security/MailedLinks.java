package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** The personal links the app has mailed, read from the outbox as a person would read them from their inbox. */
public final class MailedLinks {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?/(invitation|reset-password)/[A-Za-z0-9_-]{43}");

    private MailedLinks() {
    }

    /** The link in the newest message to {@code address}; fails if there is none. */
    public static URI newestTo(JdbcTemplate jdbc, String address) {
        List<String> bodies = jdbc.queryForList("select text_body from outbox_message where lower(recipient) = lower(?)"
                + " order by id desc", String.class, address);
        assertThat(bodies).as("mail to " + address).isNotEmpty();
        return in(bodies.getFirst());
    }

    /** The one personal link in a message's text. */
    public static URI in(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a personal link in:\n" + text).isTrue();
        return URI.create(link.group());
    }

    /** The token: the link's last path segment. */
    public static String token(URI link) {
        String path = link.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static long messagesTo(JdbcTemplate jdbc, String address) {
        return jdbc.queryForObject("select count(*) from outbox_message where lower(recipient) = lower(?)", Long.class,
                address);
    }
}
