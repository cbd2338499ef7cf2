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

    private final String base;

    public PublicLinks(@Value("${imc.public-url}") String base) {
        URI uri = URI.create(base == null ? "" : base.strip());
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().matches("https?")) {
            throw new IllegalArgumentException("Set IMC_PUBLIC_URL (imc.public-url) to the site's address, e.g."
                    + " https://imc.example.org; it is '" + base + "'");
        }
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** The site's front page. */
    public URI home() {
        return URI.create(base + "/");
    }

    /** An address inside the app, from its path ({@code "account"}, {@code "respond/…"}). */
    public URI path(String path) {
        return URI.create(base + "/" + path.replaceFirst("^/+", ""));
    }

    /** The public page of a good-practice record. */
    public URI practice(long id) {
        return URI.create(base + "/practices/" + id);
    }
}
