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
        URI uri = URI.create(base.strip());
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().matches("https?")) {
            throw new IllegalArgumentException("imc.public-url (IMC_PUBLIC_URL) must be an absolute http(s) URL, not "
                    + base);
        }
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** The base URL without a trailing slash, e.g. {@code https://imc.example.org}. */
    public String base() {
        return base;
    }

    /** The public page of a good-practice record. */
    public String practice(long id) {
        return base + "/practices/" + id;
    }

    /** Any path of the app, made absolute; {@code path} starts with a slash. */
    public String to(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
