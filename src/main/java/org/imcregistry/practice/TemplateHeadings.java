package org.imcregistry.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The template's headings in Norwegian and Polish, kept as data (practice/template-headings.properties) beside
 * the English ones in {@link PracticeSection}, so that a document written in either language is read the same
 * way as an English one.
 */
final class TemplateHeadings {

    private static final Properties HEADINGS = load();

    private TemplateHeadings() {
    }

    /** The Norwegian and Polish headings of {@code key} (a section's name, or keywords, website, contact, ...). */
    static List<String> translations(String key) {
        return List.of("nb", "pl").stream().map(language -> HEADINGS.getProperty(key + "." + language, ""))
                .flatMap(variants -> Arrays.stream(variants.split("\\|"))).map(String::strip)
                .filter(variant -> !variant.isEmpty()).toList();
    }

    /**
     * Whether the line, normalised as headings are, starts with the English {@code start} or with a translation
     * as a whole word ("Nettside/sosiale medier" is the website heading, "Nettsidene oppdateres" is text).
     */
    static boolean startsWith(String normalisedLine, String key, String start) {
        return normalisedLine.startsWith(start) || translations(key).stream().map(PracticeSection::normalise)
                .anyMatch(t -> normalisedLine.startsWith(t) && (normalisedLine.length() == t.length()
                        || !Character.isLetter(normalisedLine.charAt(t.length()))));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(TemplateHeadings.class.getResourceAsStream(
                "/practice/template-headings.properties"), "the headings ship with the app")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
