package org.imcregistry.mail;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message to one person, written as message-bundle keys so that it is composed in the recipient's language:
 * paragraphs, quoted user text (an editor's comment), and links, which must be absolute.
 *
 * @param partnership the sender's partnership, named in the subject; null for mail from the site itself
 * @param unsubscribe where the recipient switches this kind of message off; required unless the kind is essential
 * @param readableByCoordinatorsOf the partnership whose coordinators may read the message in "Outgoing mail"
 *     (mail they caused, such as their round's invitations); null for mail only administrators read
 */
public record Letter(String to, @Nullable String toName, Locale language, MailKind kind, @Nullable String partnership,
        Part subject, List<Part> body, @Nullable URI unsubscribe, @Nullable Long readableByCoordinatorsOf) {

    public Letter {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        body = List.copyOf(body);
        if (!kind.essential() && unsubscribe == null) {
            throw new IllegalArgumentException(kind + " is not essential and needs an unsubscribe link");
        }
        body.stream().filter(Link.class::isInstance).map(p -> ((Link) p).url())
                .filter(u -> !u.isAbsolute()).findAny().ifPresent(u -> {
                    throw new IllegalArgumentException("Links that leave the app must be absolute: " + u);
                });
    }

    /** A piece of the message. */
    public sealed interface Part permits Paragraph, Quote, Link {
    }

    /** A text from the message bundles; arguments are escaped in the HTML part. */
    public record Paragraph(String key, Object... args) implements Part {
    }

    /** Text a person wrote (a comment, a reason), shown as a quotation, never read as a key. */
    public record Quote(String text) implements Part {
    }

    /** A link with its label (a key); the address is shown in full in the plain-text part. */
    public record Link(String labelKey, URI url) implements Part {
    }

    public static Builder to(String address, @Nullable String name, Locale language, MailKind kind) {
        return new Builder(address, name, language, kind);
    }

    /** Builds a letter part by part, in reading order. */
    public static final class Builder {
        private final String to;
        private final @Nullable String toName;
        private final Locale language;
        private final MailKind kind;
        private final List<Part> body = new ArrayList<>();
        private @Nullable String partnership;
        private @Nullable Part subject;
        private @Nullable URI unsubscribe;
        private @Nullable Long readableByCoordinatorsOf;

        private Builder(String to, @Nullable String toName, Locale language, MailKind kind) {
            this.to = to;
            this.toName = toName;
            this.language = language;
            this.kind = kind;
        }

        public Builder partnership(String name) {
            this.partnership = name;
            return this;
        }

        public Builder subject(String key, Object... args) {
            this.subject = new Paragraph(key, args);
            return this;
        }

        public Builder paragraph(String key, Object... args) {
            body.add(new Paragraph(key, args));
            return this;
        }

        public Builder quote(String text) {
            if (text != null && !text.isBlank()) {
                body.add(new Quote(text.strip()));
            }
            return this;
        }

        public Builder link(String labelKey, URI url) {
            body.add(new Link(labelKey, url));
            return this;
        }

        public Builder unsubscribe(URI url) {
            this.unsubscribe = url;
            return this;
        }

        /** Lets the coordinators of this partnership read the message too (never for account invitations). */
        public Builder readableByCoordinatorsOf(long partnershipId) {
            this.readableByCoordinatorsOf = partnershipId;
            return this;
        }

        public Letter build() {
            return new Letter(to, toName, language, kind, partnership, Objects.requireNonNull(subject, "subject"), body, unsubscribe,
                    readableByCoordinatorsOf);
        }
    }
}
