package org.imcregistry.competition;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks what names an applicant in a blind edition's text: the partnership's and member municipalities' names
 * (with their inflected forms: "Kraków" also masks "Krakowa", "Sogn" also "Sogns"), places, people, and any
 * e-mail address, web address or telephone number. Pure, so it is tested on its own.
 */
final class Redaction {

    static final String MASK = "▇▇▇";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern WEB = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}-]+\\.(?:no|pl|eu|com|org|net|gov\\.pl|kommune\\.no)(?:/\\S*)?\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d[\\d ()./-]{6,}\\d");
    /** Shorter words ("Os", "Bø", "IKS") are masked only as whole words; longer ones also with endings. */
    private static final int STEM_FROM = 5;

    private final Pattern names;

    private Redaction(Pattern names) {
        this.names = names;
    }

    /** Masks each of these names (a name of several words masks each word of four letters or more too). */
    static Redaction of(Collection<String> identifying) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : identifying) {
            if (name == null || name.isBlank()) {
                continue;
            }
            words.add(name.strip());
            for (String word : name.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4 && !Character.isLowerCase(word.charAt(0))) {
                    words.add(word);
                }
            }
        }
        if (words.isEmpty()) {
            return new Redaction(null);
        }
        StringBuilder alternatives = new StringBuilder();
        words.stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(word -> {
            alternatives.append(alternatives.isEmpty() ? "" : "|");
            boolean single = word.matches("[\\p{L}\\p{N}]+");
            if (single && word.length() >= STEM_FROM) {
                // Polish and Norwegian inflect names: keep the stem, allow any ending.
                alternatives.append(Pattern.quote(word.substring(0, word.length() - 2))).append("\\p{L}*");
            } else {
                alternatives.append(Pattern.quote(word)).append(single ? "\\p{L}{0,3}" : "");
            }
        });
        return new Redaction(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL.matcher(text).replaceAll(MASK);
        masked = WEB.matcher(masked).replaceAll(MASK);
        masked = PHONE.matcher(masked).replaceAll(MASK);
        return names == null ? masked : names.matcher(masked).replaceAll(MASK);
    }
}
