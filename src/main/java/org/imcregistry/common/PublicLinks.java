package org.imcregistry.common;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute, permanent addresses of what the app shows, for everything that leaves it (spreadsheets, mails,
 * feeds, the API): built from the configured public base URL ({@code IMC_PUBLIC_URL}), never from the request,
 * so that a link in a file opened next year on another computer still leads to the record.
 */
@Component
public class PublicLinks {

    /** Where the public pages of records live; not {@code /practices}, which is the app's own route. */
    public static final String PRACTICE_PAGES = "/good-practices";

    /** The privacy notice, linked from every page's footer, the sign-in page and every mail. */
    public static final String PRIVACY = "/privacy";

    private final String base;

    public PublicLinks(@Value("${imc.public-url}") String base) {
        URI uri = URI.create(base == null ? "" : base.strip());
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().matches("https?")) {
            throw new IllegalArgumentException("Set IMC_PUBLIC_URL (imc.public-url) to the site's address, e.g."
                    + " https://imc.example.org; it is '" + base + "'");
        }
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** The privacy notice, for everyone. */
    public URI privacy() {
        return URI.create(base + PRIVACY);
    }

    /** The site's front page. */
    public URI home() {
        return URI.create(base + "/");
    }

    /** An address inside the app, from its path ({@code "account"}, {@code "respond/…"}). */
    public URI path(String path) {
        return URI.create(base + "/" + path.replaceFirst("^/+", ""));
    }

    /**
     * The permanent public page of a published good-practice record: plain HTML that search engines, link previews
     * and people without the app read. Every link handed out for a published record is this one.
     */
    public URI practice(long id) {
        return URI.create(base + PRACTICE_PAGES + "/" + id);
    }

    /**
     * A record inside the app ({@code /practices/42}): for links to records that are not public (yet), such as an
     * editor's "review" link or a rejected record's author's, which the public page would answer with "not found".
     */
    public URI inApp(long id) {
        return URI.create(base + "/practices/" + id);
    }
}
